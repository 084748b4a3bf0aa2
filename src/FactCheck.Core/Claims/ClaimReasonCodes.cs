namespace FactCheck.Core.Claims;

/// <summary>
/// The stable codes of <see cref="ClaimReason.Code"/>. Each names one interpretable feature of a sentence;
/// the learned model decides how much, and in which direction, it moves the check-worthiness score.
/// </summary>
public static class ClaimReasonCodes
{
    /// <summary>A number or an amount: "10,000 troops", "$3.5 billion", "three million jobs".</summary>
    public const string Quantity = "quantity";

    /// <summary>A percentage, rate or measured figure: "4.2%", "17 percent", "the unemployment rate".</summary>
    public const string Statistic = "statistic";

    /// <summary>A year, month or period: "in 1965", "last year", "the '90s".</summary>
    public const string Date = "date";

    /// <summary>A comparison or superlative: "more than", "the largest", "twice as many".</summary>
    public const string Comparison = "comparison";

    /// <summary>A change over time: "rose", "doubled", "cut", "went down".</summary>
    public const string Trend = "trend";

    /// <summary>A named person, place or organisation: "Heritage Foundation", "U.S.".</summary>
    public const string NamedEntity = "named_entity";

    /// <summary>A stated cause or effect: "because", "led to", "as a result".</summary>
    public const string Cause = "cause";

    /// <summary>Information attributed to a source: "according to", "a study found", "reported".</summary>
    public const string Attribution = "attribution";

    /// <summary>An accusation or a charge against someone: "accused", "lied", "you voted".</summary>
    public const string Accusation = "accusation";

    /// <summary>A prediction or promise about the future: "will", "going to", "is expected to".</summary>
    public const string Prediction = "prediction";

    /// <summary>Laws, votes, courts and crimes: "signed a bill", "illegal", "ruled", "voted".</summary>
    public const string Legal = "legal";

    /// <summary>An office or official status: "president", "appointed", "designated".</summary>
    public const string OfficialStatus = "official_status";

    /// <summary>A past event: a verb in the past tense ("signed", "was", "built").</summary>
    public const string PastEvent = "past_event";

    /// <summary>Other people as the subject: "he", "she", "they", "their".</summary>
    public const string ThirdPerson = "third_person";

    /// <summary>
    /// A very short sentence (fewer than 4 words: "Thank you.") or a long, detailed one (25 words or more);
    /// the weight says which way its length moved the score.
    /// </summary>
    public const string Length = "length";

    /// <summary>The sentence is a question. Lowers the score.</summary>
    public const string Question = "question";

    /// <summary>An opinion or evaluation: "I think", "terrible", "wonderful". Lowers the score.</summary>
    public const string Opinion = "opinion";

    /// <summary>What should be done rather than what is: "should", "we must", "need to". Lowers the score.</summary>
    public const string Prescription = "prescription";

    /// <summary>The speaker's own experience: "I", "my", "me". Lowers the score.</summary>
    public const string FirstPerson = "first_person";

    /// <summary>A hedge: "maybe", "perhaps", "might", "I guess". Lowers the score.</summary>
    public const string Hedge = "hedge";

    /// <summary>A photo or media credit ("[Photo Credit: …]", "(AP Photo/…)"): nothing to check. Lowers the score to near zero.</summary>
    public const string MediaCredit = "media_credit";

    /// <summary>
    /// The learned word and word-pair weights that no other code explains, with the words that weighed most,
    /// e.g. "wording typical of check-worthy claims (“taxes”, “jobs”)".
    /// </summary>
    public const string Wording = "wording";
}
