using FactCheck.Core.Claims;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Claims;

public class ClaimDetectorTests
{
    private static readonly string[] Sentences =
    [
        "The county sent 4,000 workers to repair the levees after the storm in 2019.",
        "Bus fares rose 12% last year, according to the transit authority.",
        "Do you really think the new bridge will be finished on time?",
        "I believe we should plant more trees in the square.",
        "Maybe the harbour will reopen, maybe it won't.",
        "Thank you.",
        "Senator Alvarez voted against the water bill three times.",
        "Exports rose 5% in March, and imports fell 3% in April.",
        "",
        "   ",
        "?!?",
        "\u201CWe built 300 homes,\u201D the mayor said.",
    ];

    [Fact]
    public void Detect_Sentences_GiveScoresBetweenZeroAndOne()
    {
        foreach (var sentence in Sentences)
        {
            foreach (var claim in Detect(sentence))
                Assert.InRange(claim.Score, 0, 1);
        }
    }

    [Theory]
    [InlineData("The port handled 2.1 million containers in 2023.", "Did the port handle 2.1 million containers in 2023?")]
    [InlineData("The city cut its water use by 15 percent.", "Should the city cut its water use by 15 percent?")]
    [InlineData("The mill closed in 1987 and 600 workers lost their jobs.", "I think the mill closed in 1987 and 600 workers lost their jobs.")]
    [InlineData("The new hospital has 450 beds.", "The new hospital might have 450 beds, I guess.")]
    [InlineData("Crime in the district fell by a third last year.", "I feel crime in the district fell by a third last year.")]
    [InlineData("The state spent $40 million on the stadium.", "The state should spend $40 million on the stadium.")]
    [InlineData("The rail line carried 9,000 passengers a day in 2015.", "My uncle says the rail line carried 9,000 passengers a day in 2015, maybe.")]
    public void Score_QuestionOpinionOrHedge_ScoresLowerThanTheFactualStatement(string statement, string variant)
    {
        var factual = Score(statement);
        var lowered = Score(variant);

        Assert.True(lowered < factual, $"{lowered:0.000} (variant) should be < {factual:0.000} (statement)");
    }

    [Theory]
    [InlineData("The agency hired 2,500 inspectors in 2021.", "Hello again, everyone.")]
    [InlineData("Unemployment fell to 4.1 percent in the third quarter.", "I love this town.")]
    [InlineData("The governor signed the bill, which raised the minimum wage to $15.", "What a wonderful evening.")]
    public void Score_CheckableStatement_ScoresAboveSmallTalk(string statement, string smallTalk)
    {
        Assert.True(Score(statement) > Score(smallTalk) + 0.3);
    }

    [Fact]
    public void Score_QuantitySentence_ExplainsItWithTheTriggeringWords()
    {
        const string text = "Last spring the province sent 10,000 troops to the border.";

        var claim = ClaimDetector.Default.Score(text, new TextSpan(0, text.Length));

        var quantity = Assert.Single(claim.Reasons, r => r.Code == ClaimReasonCodes.Quantity);
        Assert.True(quantity.Weight > 0);
        Assert.Equal("mentions a quantity (10,000 troops)", quantity.Description);
    }

    [Fact]
    public void Score_Question_GivesANegativeQuestionReason()
    {
        const string text = "Did the province send troops to the border?";

        var claim = ClaimDetector.Default.Score(text, new TextSpan(0, text.Length));

        Assert.Contains(claim.Reasons, r => r.Code == ClaimReasonCodes.Question && r.Weight < 0);
    }

    [Fact]
    public void Score_Opinion_GivesNegativeOpinionAndFirstPersonReasons()
    {
        const string text = "I think the new stadium is a disgrace.";

        var claim = ClaimDetector.Default.Score(text, new TextSpan(0, text.Length));

        Assert.Contains(claim.Reasons, r => r.Code == ClaimReasonCodes.Opinion && r.Weight < 0 && r.Description.Contains("I think"));
        Assert.Contains(claim.Reasons, r => r.Code == ClaimReasonCodes.FirstPerson && r.Weight < 0);
    }

    [Theory]
    [MemberData(nameof(SentenceData))]
    public void Score_Reasons_AreStrongestFirstWithKnownCodes(string sentence)
    {
        var codes = typeof(ClaimReasonCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        var claim = ClaimDetector.Default.Score(sentence, new TextSpan(0, sentence.Length));

        Assert.All(claim.Reasons, r => Assert.Contains(r.Code, codes));
        Assert.All(claim.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        Assert.Equal(claim.Reasons.Select(r => Math.Abs(r.Weight)).OrderDescending(), claim.Reasons.Select(r => Math.Abs(r.Weight)));
        Assert.Equal(claim.Reasons.Count, claim.Reasons.Select(r => r.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("Thank you very much, thank you.")]
    [InlineData("The state cut taxes for middle class families and small businesses in 2015.")]
    [InlineData("I just want to say how happy I am to be here with you tonight.")]
    public void Score_Wording_NamesAtMostThreeWordsWithoutRepeatingOne(string sentence)
    {
        var claim = ClaimDetector.Default.Score(sentence, new TextSpan(0, sentence.Length));

        var wording = Assert.Single(claim.Reasons, r => r.Code == ClaimReasonCodes.Wording);
        var examples = System.Text.RegularExpressions.Regex.Matches(wording.Description, "\u201C([^\u201D]*)\u201D").Select(m => m.Groups[1].Value).ToArray();
        Assert.InRange(examples.Length, 1, 3);
        var words = examples.SelectMany(e => e.Split(' ')).Select(w => w.ToLowerInvariant()).ToArray();
        Assert.Equal(words.Length, words.Distinct().Count());
        Assert.All(examples, e => Assert.Contains(e, sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_Reasons_AddUpToTheScoreWithTheBias()
    {
        const string text = "The city cut bus fares by 20% in 2020, and ridership rose.";

        var claim = ClaimDetector.Default.Score(text, new TextSpan(0, text.Length));

        // Reasons under MinReasonWeight are left out, so the sum is close, not exact.
        var logit = ClaimDetector.Default.Model.Bias + claim.Reasons.Sum(r => r.Weight);
        var slack = 20 * ClaimDetector.MinReasonWeight;
        Assert.InRange(claim.Score, 1 / (1 + Math.Exp(-(logit - slack))), 1 / (1 + Math.Exp(-(logit + slack))));
    }

    [Fact]
    public void Detect_SentenceInsideALongerText_ReturnsSpansWithinTheSentence()
    {
        const string text = "First sentence. Wages rose 3% in May, and rents rose 8% in June. Last one.";
        var start = text.IndexOf("Wages", StringComparison.Ordinal);
        var sentence = TextSpan.FromBounds(start, text.IndexOf("Last", StringComparison.Ordinal) - 1);

        var claims = ClaimDetector.Default.Detect(text, sentence);

        Assert.Equal(["Wages rose 3% in May", "rents rose 8% in June."], claims.Select(c => text.Slice(c.Span)));
        Assert.All(claims, c => Assert.True(sentence.Contains(c.Span)));
    }

    [Fact]
    public void Detect_SpanBeyondTheText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaimDetector.Default.Detect("Short.", new TextSpan(2, 10)));
    }

    [Fact]
    public void Detect_SameSentenceTwice_GivesEqualClaims()
    {
        foreach (var sentence in Sentences)
        {
            var first = Detect(sentence);
            var second = Detect(sentence);

            Assert.Equal(first.Select(Flatten), second.Select(Flatten));
        }
    }

    [Fact]
    public void Detect_InParallel_EqualsSequential()
    {
        var inputs = Enumerable.Range(0, 400).Select(i => Sentences[i % Sentences.Length] + (i % 3 == 0 ? "" : $" Another {i} people came.")).ToArray();
        var sequential = inputs.Select(s => string.Join("|", Detect(s).Select(Flatten))).ToArray();

        var parallel = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = string.Join("|", Detect(inputs[i]).Select(Flatten)));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Reasons_ReadFromManyThreadsAtOnce_AreTheSame()
    {
        const string text = "The port authority said cargo rose 7% in 2022, more than at any other port.";
        var claim = ClaimDetector.Default.Score(text, new TextSpan(0, text.Length));

        var seen = new string[16];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => seen[i] = Flatten(claim));

        Assert.All(seen, s => Assert.Equal(seen[0], s));
        Assert.Contains("statistic", seen[0]);
    }

    [Fact]
    public void Default_EmbeddedModel_LoadsWithWeightsAndAttribution()
    {
        var model = CheckworthyModel.Default;

        Assert.True(model.NGramCount > 1000);
        Assert.True(model.FeatureWeight(ClaimReasonCodes.Quantity) > 0);
        Assert.True(model.FeatureWeight(ClaimReasonCodes.Question) < 0);
        Assert.Contains("ClaimBuster", model.Metadata);
        Assert.Contains("CC BY 4.0", model.Metadata);
        Assert.Contains("CLEF-2019", model.Metadata);
    }

    [Fact]
    public void SaveAndLoad_DefaultModel_ScoresTheSame()
    {
        using var stream = new MemoryStream();
        CheckworthyModel.Default.Save(stream);
        stream.Position = 0;
        var reloaded = new ClaimDetector(CheckworthyModel.Load(stream));

        foreach (var sentence in Sentences)
        {
            var span = new TextSpan(0, sentence.Length);
            Assert.Equal(ClaimDetector.Default.Score(sentence, span).Score, reloaded.Score(sentence, span).Score, 1e-9);
        }
    }

    [Fact]
    public void Load_NotAModel_Throws()
    {
        using var stream = new MemoryStream("{\"format\":\"something else\"}"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => CheckworthyModel.Load(stream));
    }

    [Theory]
    [InlineData("[Photo Credit: By Lula Oficial - 01.10.2024 - Cerimônia de transmissão do Poder Executivo Federal, CC BY-SA 2.0, https://commons.wikimedia.org/w/index.php?curid=153447245]")]
    [InlineData("(AP Photo/Evan Vucci, File)")]
    [InlineData("Photo: Getty Images / Chip Somodevilla")]
    [InlineData("Image credit: U.S. Army photo by Sgt. 1st Class Jane Doe, 2021")]
    [InlineData("Photograph by Maria Lopez for The Texas Tribune")]
    public void Score_PhotoOrMediaCredit_IsNotACheckWorthyClaim(string credit)
    {
        var claim = Detect(credit).Single();

        Assert.True(claim.Score < 0.1, $"{claim.Score:0.000} for a credit line");
        Assert.Equal(ClaimReasonCodes.MediaCredit, claim.Reasons[0].Code);
        Assert.True(claim.Reasons[0].Weight < 0);
    }

    [Theory]
    [InlineData("The photo showed 10,000 troops massing at the border in 2019.")]
    [InlineData("Photographs of the 2019 flood were used in a $3 million insurance claim, the court found.")]
    public void Score_SentenceAboutAPhoto_IsScoredAsAnyOther(string sentence)
    {
        var claim = Detect(sentence).Single();

        Assert.True(claim.Score > 0.5, $"{claim.Score:0.000}");
        Assert.DoesNotContain(claim.Reasons, r => r.Code == ClaimReasonCodes.MediaCredit);
    }

    public static TheoryData<string> SentenceData() => [.. Sentences];

    private static IReadOnlyList<Claim> Detect(string text) => ClaimDetector.Default.Detect(text, new TextSpan(0, text.Length));

    private static double Score(string text) => Detect(text).Max(c => c.Score);

    private static string Flatten(Claim c) =>
        $"{c.Span}:{c.Score:R}:" + string.Join(";", c.Reasons.Select(r => $"{r.Code}={r.Weight:R}={r.Description}"));
}
