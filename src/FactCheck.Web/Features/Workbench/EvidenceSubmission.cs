using FactCheck.Core.Evidence;

namespace FactCheck.Web.Features.Workbench;

/// Evidence to add, and whether FactCheck should fetch its URL and keep a copy of the page.
public sealed record EvidenceSubmission(EvidenceDraft Draft, bool KeepCopy);
