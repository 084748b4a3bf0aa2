using FactCheck.Core.Review;

namespace FactCheck.Web.Features.Admin;

/// The desk settings as the admin page edits them, with the checks a save needs.
public sealed class DeskSettingsForm
{
    public const int MaxDueHours = 24 * 30;

    public bool BlindDoubleCheck { get; set; }

    public bool AllowSelfApproval { get; set; }

    public string OrganizationName { get; set; } = "";

    public string? OrganizationUrl { get; set; }

    public int ReviewDueHours { get; set; }

    public static DeskSettingsForm From(DeskSettings settings) => new()
    {
        BlindDoubleCheck = settings.BlindDoubleCheck,
        AllowSelfApproval = settings.AllowSelfApproval,
        OrganizationName = settings.OrganizationName,
        OrganizationUrl = settings.OrganizationUrl,
        ReviewDueHours = settings.ReviewDueHours,
    };

    /// What is wrong, by field; empty when the settings can be saved.
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(OrganizationName))
            problems[nameof(OrganizationName)] = "The organisation's name is required: published ClaimReviews name it as their author.";
        if (!string.IsNullOrWhiteSpace(OrganizationUrl)
            && !(Uri.TryCreate(OrganizationUrl.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            problems[nameof(OrganizationUrl)] = "Give the full address, starting with https:// or http://.";
        if (ReviewDueHours is < 1 or > MaxDueHours)
            problems[nameof(ReviewDueHours)] = $"Between 1 and {MaxDueHours} hours.";
        return problems;
    }

    public DeskSettings ToSettings() => new(
        BlindDoubleCheck,
        AllowSelfApproval,
        OrganizationName.Trim(),
        string.IsNullOrWhiteSpace(OrganizationUrl) ? null : OrganizationUrl.Trim(),
        ReviewDueHours);
}
