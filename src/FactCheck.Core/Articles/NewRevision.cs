namespace FactCheck.Core.Articles;

/// <summary>A changed version of an article's text, as a checker brings it in.</summary>
/// <param name="Text">The whole new text.</param>
/// <param name="Origin">Pasted, uploaded or fetched.</param>
/// <param name="Source">The file name or URL it came from, when there is one.</param>
/// <param name="ImportedBy">Who brought it in.</param>
public sealed record NewRevision(string Text, RevisionOrigin Origin = RevisionOrigin.Paste, string? Source = null, string? ImportedBy = null);
