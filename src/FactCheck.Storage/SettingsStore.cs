using FactCheck.Core.Review;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage;

public sealed class SettingsStore(FactCheckDb db)
{
    public DeskSettings Get() => db.Settings.FindById(SettingsDocument.DeskId)?.ToModel() ?? new DeskSettings();

    public void Save(DeskSettings settings, Actor actor, DateTime now) => db.InTransaction(() =>
    {
        var before = Get();
        db.Settings.Upsert(new SettingsDocument
        {
            BlindDoubleCheck = settings.BlindDoubleCheck,
            AllowSelfApproval = settings.AllowSelfApproval,
            OrganizationName = settings.OrganizationName.Trim(),
            OrganizationUrl = string.IsNullOrWhiteSpace(settings.OrganizationUrl) ? null : settings.OrganizationUrl.Trim(),
            ReviewDueHours = settings.ReviewDueHours,
        });
        AuditLog.Append(db, now, actor.UserName, "settings.changed", 0, null, null, AuditLog.Changes(before, settings));
        return true;
    });
}
