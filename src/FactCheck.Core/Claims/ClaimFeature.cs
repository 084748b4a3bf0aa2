namespace FactCheck.Core.Claims;

/// The interpretable features of a sentence. Each has a name in the model file and a reason code
/// (ClaimReasonCodes); two features may share a code, and a reason then carries their summed weight.
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
    PastEvent,
    ThirdPerson,
    Length,
    Question,
    Opinion,
    Prescription,
    FirstPerson,
    Hedge,
    /// Fewer than ShortWords words; reported under the code "length", as Length is.
    Short,
    /// Two quantities or more; reported under the code "quantity".
    SeveralQuantities,
    None = byte.MaxValue,
}

internal static class ClaimFeatures
{
    /// Number of features, excluding None.
    public const int Count = (int)ClaimFeature.SeveralQuantities + 1;

    /// A sentence with fewer words than this has the feature Short.
    public const int ShortWords = 4;

    /// A sentence of this many words or more has the feature Length.
    public const int LongWords = 25;

    private static readonly string[] Names =
    [
        ClaimReasonCodes.Quantity, ClaimReasonCodes.Statistic, ClaimReasonCodes.Date, ClaimReasonCodes.Comparison,
        ClaimReasonCodes.Trend, ClaimReasonCodes.NamedEntity, ClaimReasonCodes.Cause, ClaimReasonCodes.Attribution,
        ClaimReasonCodes.Accusation, ClaimReasonCodes.Prediction, ClaimReasonCodes.Legal, ClaimReasonCodes.OfficialStatus,
        ClaimReasonCodes.PastEvent, ClaimReasonCodes.ThirdPerson, ClaimReasonCodes.Length,
        ClaimReasonCodes.Question, ClaimReasonCodes.Opinion, ClaimReasonCodes.Prescription, ClaimReasonCodes.FirstPerson,
        ClaimReasonCodes.Hedge, "short", "several_quantities",
    ];

    // {0} is the triggering text as written in the sentence.
    private static readonly string[] Templates =
    [
        "mentions a quantity ({0})", "cites a statistic ({0})", "refers to a date or period ({0})", "makes a comparison ({0})",
        "describes a change ({0})", "names a person, place or organisation ({0})", "states a cause ({0})",
        "attributes information to a source ({0})", "makes an accusation ({0})", "makes a prediction or promise ({0})",
        "concerns laws, votes or courts ({0})", "concerns an office or official status ({0})",
        "describes a past event ({0})", "is about other people ({0})", "is long and detailed ({0})",
        "is a question", "expresses an opinion ({0})", "says what should be done ({0})", "speaks in the first person ({0})",
        "hedges ({0})", "is very short ({0})", "mentions several quantities ({0})",
    ];

    /// The feature whose reason code this feature reports under (itself, except for SeveralQuantities and Short).
    public static ClaimFeature ReasonOf(ClaimFeature feature) => feature switch
    {
        ClaimFeature.SeveralQuantities => ClaimFeature.Quantity,
        ClaimFeature.Short => ClaimFeature.Length,
        _ => feature,
    };

    /// The reason code of a feature.
    public static string Code(ClaimFeature feature) => Names[(int)ReasonOf(feature)];

    /// The feature's key in the model file.
    public static string Name(ClaimFeature feature) => Names[(int)feature];

    public static string Describe(ClaimFeature feature, string trigger) => string.Format(null, Templates[(int)feature], trigger);

    public static bool TryParse(string name, out ClaimFeature feature)
    {
        var index = Array.IndexOf(Names, name);
        feature = index < 0 ? ClaimFeature.None : (ClaimFeature)index;
        return index >= 0;
    }
}
