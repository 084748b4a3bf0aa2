using FactCheck.Core.Review;

namespace FactCheck.Storage;

/// The outcome of a change to a verdict: the verdict as stored, a reason it was refused, or a conflict
/// with someone else's change (<see cref="Current"/> is their version, kept as they saved it).
public sealed record VerdictResult(Verdict? Verdict, string? Error = null, Verdict? Current = null)
{
    public bool Succeeded => Verdict is not null;

    public bool IsConflict => Current is not null;

    public static VerdictResult Ok(Verdict verdict) => new(verdict);

    public static VerdictResult Refused(string error) => new(null, error);

    public static VerdictResult Conflict(Verdict current) => new(
        null,
        $"{LastChangedBy(current)} changed this verdict while you were editing it. Their version is kept; review it and apply your changes again.",
        current);

    // An editor's return, approval or publication is the latest change when it happened at the verdict's last update.
    private static string LastChangedBy(Verdict verdict) =>
        verdict.Reviewer is { } reviewer && (verdict.ReviewedAt == verdict.UpdatedAt || verdict.PublishedAt == verdict.UpdatedAt)
            ? reviewer
            : verdict.LastEditedBy ?? verdict.Checker;
}
