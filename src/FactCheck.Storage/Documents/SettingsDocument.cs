using LiteDB;

namespace FactCheck.Storage.Documents;

internal sealed class SettingsDocument
{
    public const string DeskId = "desk";

    [BsonId]
    public string Id { get; set; } = DeskId;
    public bool BlindDoubleCheck { get; set; }
    public bool AllowSelfApproval { get; set; }
    public string OrganizationName { get; set; } = "FactCheck Desk";
    public string? OrganizationUrl { get; set; }
    public int ReviewDueHours { get; set; } = 48;
}
