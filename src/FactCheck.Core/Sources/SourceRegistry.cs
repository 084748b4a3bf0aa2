namespace FactCheck.Core.Sources;

/// <summary>The outlets, bodies and organisations FactCheck knows by name, for choosing a source of evidence.</summary>
public static class SourceRegistry
{
    /// <summary>Every known source by its canonical name, sorted by name.</summary>
    public static IReadOnlyList<(string Name, SourceKind Kind)> Known { get; } =
        SourceLexicon.Canonicals.OrderBy(s => s.Canonical, StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>The canonical name and kind of <paramref name="name"/> when it is a known source or one of its spellings.</summary>
    public static (string Name, SourceKind Kind)? Find(string name) =>
        SourceLexicon.TryCanonical(name.Trim(), out var canonical, out var kind) ? (canonical, kind) : null;

    /// <summary>How a kind of source reads in the interface ("news outlet").</summary>
    public static string Label(SourceKind kind) => kind switch
    {
        SourceKind.NewsOutlet => "news outlet",
        SourceKind.GovernmentBody => "government body",
        SourceKind.ThinkTankOrReport => "think tank or report",
        SourceKind.SocialMedia => "social media",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
