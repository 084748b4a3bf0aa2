using FactCheck.Core.Evidence;

namespace FactCheck.Storage;

/// The evidence as stored after a change, or why the change was refused (by field, when it was the input).
public sealed record EvidenceResult(EvidenceItem? Evidence, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Evidence is not null;

    public static EvidenceResult Ok(EvidenceItem evidence) => new(evidence, new Dictionary<string, string>());

    public static EvidenceResult Refused(string error) => new(null, new Dictionary<string, string> { [""] = error });

    public static EvidenceResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, errors);
}
