using FactCheck.Core.Sources;

namespace FactCheck.Core.Evidence;

/// <summary>A stored piece of evidence on a claim or quote.</summary>
/// <param name="Id">Store-assigned id.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="SpanId">The claim or quote it bears on.</param>
/// <param name="SourceName">Who or what it comes from.</param>
/// <param name="SourceKind">What kind of source, when known.</param>
/// <param name="Stance">How it bears on the span.</param>
/// <param name="Url">Where it is online.</param>
/// <param name="ArchiveUrl">An archived copy.</param>
/// <param name="Passage">The words quoted from it.</param>
/// <param name="Note">The checker's note.</param>
/// <param name="SnapshotSha256">SHA-256 of the copy of the page FactCheck fetched and kept, if any.</param>
/// <param name="CreatedBy">Who added it.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="UpdatedAt">Last changed (UTC).</param>
/// <param name="Version">Increases with every change.</param>
public sealed record EvidenceItem(
    int Id,
    int ArticleId,
    int SpanId,
    string SourceName,
    SourceKind? SourceKind,
    EvidenceStance Stance,
    string? Url,
    string? ArchiveUrl,
    string? Passage,
    string? Note,
    string? SnapshotSha256,
    string CreatedBy,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version);
