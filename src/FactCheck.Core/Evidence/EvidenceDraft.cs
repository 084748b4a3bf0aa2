using FactCheck.Core.Sources;

namespace FactCheck.Core.Evidence;

/// <summary>Evidence as a checker enters it.</summary>
/// <param name="SourceName">Who or what the evidence comes from; required.</param>
/// <param name="SourceKind">What kind of source, when known.</param>
/// <param name="Stance">How it bears on the span.</param>
/// <param name="Url">Where it is online.</param>
/// <param name="ArchiveUrl">An archived copy (e.g. the Wayback Machine) that will still be there tomorrow.</param>
/// <param name="Passage">The words quoted from it.</param>
/// <param name="Note">The checker's note.</param>
public sealed record EvidenceDraft(
    string SourceName,
    SourceKind? SourceKind,
    EvidenceStance Stance,
    string? Url = null,
    string? ArchiveUrl = null,
    string? Passage = null,
    string? Note = null)
{
    /// <summary>Longest accepted passage, in characters.</summary>
    public const int MaxPassageLength = 20_000;

    /// <summary>Longest accepted note, in characters.</summary>
    public const int MaxNoteLength = 5_000;

    /// <summary>The problems with the draft by field name; empty when it is acceptable.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(SourceName))
            errors[nameof(SourceName)] = "Source is required.";
        else if (SourceName.Length > 300)
            errors[nameof(SourceName)] = "Source must be at most 300 characters.";
        if (!IsWebUrlOrEmpty(Url))
            errors[nameof(Url)] = "URL must be an absolute http or https address.";
        if (!IsWebUrlOrEmpty(ArchiveUrl))
            errors[nameof(ArchiveUrl)] = "Archive URL must be an absolute http or https address.";
        if (Passage is { Length: > MaxPassageLength })
            errors[nameof(Passage)] = $"Passage must be at most {MaxPassageLength:N0} characters.";
        if (Note is { Length: > MaxNoteLength })
            errors[nameof(Note)] = $"Note must be at most {MaxNoteLength:N0} characters.";
        if (!Enum.IsDefined(Stance))
            errors[nameof(Stance)] = "Choose a stance.";
        return errors;
    }

    private static bool IsWebUrlOrEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (value.Length <= 2000 && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
}
