namespace FactCheck.Core.Review;

/// <summary>How a desk runs its reviews.</summary>
/// <param name="BlindDoubleCheck">Each claim is rated by two checkers who cannot see each other's verdict.</param>
/// <param name="AllowSelfApproval">Editors may approve verdicts they wrote themselves.</param>
/// <param name="OrganizationName">The desk's organisation, the author of published ClaimReviews.</param>
/// <param name="OrganizationUrl">The organisation's web site.</param>
/// <param name="ReviewDueHours">A submitted verdict waiting longer than this is overdue.</param>
public sealed record DeskSettings(
    bool BlindDoubleCheck = false,
    bool AllowSelfApproval = false,
    string OrganizationName = "FactCheck Desk",
    string? OrganizationUrl = null,
    int ReviewDueHours = 48);
