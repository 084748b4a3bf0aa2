using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// <summary>Who a quote is attributed to, and the evidence in the text for it.</summary>
/// <param name="Name">Canonical full name ("Claudia Sheinbaum"), or the description when no name is given ("a cartel leader").</param>
/// <param name="IsNamed">False when <paramref name="Name"/> is a description rather than a name.</param>
/// <param name="Role">Role or title, when the text gives one ("President", "Deputy Press Secretary").</param>
/// <param name="Organization">Organisation the speaker speaks for, when the text gives one.</param>
/// <param name="Mention">Where the mention that identifies the speaker is in the text.</param>
/// <param name="Cue">The cue that ties the quote to the speaker ("said", "asked", "told", ":").</param>
/// <param name="CueSpan">Where the cue is in the text.</param>
public sealed record Speaker(
    string Name,
    bool IsNamed,
    string? Role = null,
    string? Organization = null,
    TextSpan? Mention = null,
    string? Cue = null,
    TextSpan? CueSpan = null);
