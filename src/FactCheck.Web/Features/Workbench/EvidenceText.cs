using FactCheck.Core.Evidence;

namespace FactCheck.Web.Features.Workbench;

public static class EvidenceText
{
    public static string StanceLabel(EvidenceStance stance) => stance switch
    {
        EvidenceStance.Supports => "Supports",
        EvidenceStance.Refutes => "Refutes",
        EvidenceStance.Context => "Context",
        EvidenceStance.OriginalSource => "Original source of the quote",
        _ => stance.ToString(),
    };

    public static MudBlazor.Color StanceColor(EvidenceStance stance) => stance switch
    {
        EvidenceStance.Supports => MudBlazor.Color.Success,
        EvidenceStance.Refutes => MudBlazor.Color.Error,
        EvidenceStance.OriginalSource => MudBlazor.Color.Info,
        _ => MudBlazor.Color.Default,
    };
}
