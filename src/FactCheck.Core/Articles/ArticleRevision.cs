namespace FactCheck.Core.Articles;

/// <summary>One stored version of an article's text (without the text), and how its spans fared when it came in.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Number">1 for the text as first imported, then 2, 3, …</param>
/// <param name="ImportedAt">When it came in (UTC).</param>
/// <param name="Origin">Pasted, uploaded or fetched.</param>
/// <param name="Source">File name or URL, when there is one.</param>
/// <param name="ImportedBy">Who brought it in, when known.</param>
/// <param name="Length">Length of its text in UTF-16 code units.</param>
/// <param name="Anchored">Spans found with the same text; 0 for the first version.</param>
/// <param name="Changed">Spans found with a different text.</param>
/// <param name="Orphaned">Spans not found.</param>
/// <param name="SuggestionsAdded">New engine suggestions for text that no span covered.</param>
public sealed record ArticleRevision(
    int ArticleId,
    int Number,
    DateTime ImportedAt,
    RevisionOrigin Origin,
    string? Source,
    string? ImportedBy,
    int Length,
    int Anchored = 0,
    int Changed = 0,
    int Orphaned = 0,
    int SuggestionsAdded = 0);
