using FactCheck.Core.Names;
using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// Where an attribution stands relative to its quote.
internal enum AttributionForm : byte
{
    /// After the quote: “…,” she said / “…,” said Smith.
    After,

    /// Before the quote, the cue right before it: Trump asked, “…” / Smith said: “…”.
    Before,

    /// Earlier in the sentence: Cruz says he is “effectively tied” / She added that …: “…”.
    InSentence,

    /// A possessive lead-in: Sheinbaum’s reply was blunt: “…”.
    Reply,

    /// According to Smith, “…”.
    AccordingTo,
}

/// A speaker mention tied to a quote by a cue.
/// <param name="Mention">The phrase that names or describes the speaker.</param>
/// <param name="Cue">The cue's span (a verb, "according to", or a reply noun).</param>
/// <param name="Form">Where the attribution stands.</param>
/// <param name="Apposition">An apposition after the name (", a spokesman for the campaign,"), or empty.</param>
/// <param name="Punctuated">True when a comma or colon stands between the cue and the quote ("Trump asked, “…”").</param>
internal readonly record struct Attribution(Mention Mention, TextSpan Cue, AttributionForm Form, TextSpan Apposition, bool Punctuated = false);
