namespace FactCheck.Core.Claims;

/// The interpretable features of a sentence; each has one reason code (ClaimReasonCodes).
internal enum ClaimFeature : byte
{
    Quantity,
    Statistic,
    Date,
    Comparison,
    Trend,
    NamedEntity,
    Cause,
    Attribution,
    Accusation,
    Prediction,
    Legal,
    OfficialStatus,
    Question,
    Opinion,
    Prescription,
    FirstPerson,
    Hedge,
    Fragment,
    None = byte.MaxValue,
}

internal static class ClaimFeatures
{
    /// Number of features, excluding None.
    public const int Count = (int)ClaimFeature.Fragment + 1;

    /// A fragment has fewer words than this.
    public const int FragmentWords = 4;

    private static readonly string[] Codes =
    [
        ClaimReasonCodes.Quantity, ClaimReasonCodes.Statistic, ClaimReasonCodes.Date, ClaimReasonCodes.Comparison,
        ClaimReasonCodes.Trend, ClaimReasonCodes.NamedEntity, ClaimReasonCodes.Cause, ClaimReasonCodes.Attribution,
        ClaimReasonCodes.Accusation, ClaimReasonCodes.Prediction, ClaimReasonCodes.Legal, ClaimReasonCodes.OfficialStatus,
        ClaimReasonCodes.Question, ClaimReasonCodes.Opinion, ClaimReasonCodes.Prescription, ClaimReasonCodes.FirstPerson,
        ClaimReasonCodes.Hedge, ClaimReasonCodes.Fragment,
    ];

    // {0} is the triggering text as written in the sentence.
    private static readonly string[] Templates =
    [
        "mentions a quantity ({0})", "cites a statistic ({0})", "refers to a date or period ({0})", "makes a comparison ({0})",
        "describes a change ({0})", "names a person, place or organisation ({0})", "states a cause ({0})",
        "attributes information to a source ({0})", "makes an accusation ({0})", "makes a prediction or promise ({0})",
        "concerns laws, votes or courts ({0})", "concerns an office or official status ({0})", "is a question",
        "expresses an opinion ({0})", "says what should be done ({0})", "speaks in the first person ({0})",
        "hedges ({0})", "is too short to state a checkable fact ({0} words)",
    ];

    public static string Code(ClaimFeature feature) => Codes[(int)feature];

    public static string Describe(ClaimFeature feature, string trigger) => string.Format(null, Templates[(int)feature], trigger);

    public static bool TryParse(string code, out ClaimFeature feature)
    {
        var index = Array.IndexOf(Codes, code);
        feature = index < 0 ? ClaimFeature.None : (ClaimFeature)index;
        return index >= 0;
    }
}
