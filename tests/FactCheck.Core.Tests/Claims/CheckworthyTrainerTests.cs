using FactCheck.Core.Claims;
using FactCheck.Core.Claims.Training;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Claims;

public class CheckworthyTrainerTests
{
    private static readonly string[] Checkable =
    [
        "The canal carried 40,000 barges in 1890.", "Tram fares rose 20% after the merger.",
        "The district lost 3,000 jobs when the mill closed.", "The council spent $12 million on the new library.",
        "Wheat exports doubled between 2001 and 2010.", "The harbour authority reported 85 accidents last year.",
        "Crime in the old town fell by 15 percent.", "The dam supplies water to 2 million homes.",
        "The province voted against the tunnel in 2014.", "Average rents are higher than in any other city.",
        "The ferry company paid $4 million in fines.", "Enrolment at the college grew 8% in a decade.",
    ];

    private static readonly string[] Chatter =
    [
        "Thank you all for coming tonight.", "I think we can do better together.", "Let me say one more thing.",
        "What a lovely evening it is.", "We should listen to each other.", "Good evening, everyone.",
        "Is that really what you want?", "Maybe we can talk about it later.", "I hope you enjoy the show.",
        "It is a pleasure to be here.", "Please go ahead.", "We will see what happens.",
    ];

    private static IReadOnlyList<CheckworthyExample> Examples()
    {
        var examples = new List<CheckworthyExample>();
        for (var i = 0; i < Checkable.Length; i++)
        {
            var source = i % 2 == 0 ? "Toy" : "Debates";
            examples.Add(new CheckworthyExample($"c{i}", Checkable[i], 1, source, source == "Toy" ? "toy" : $"debate{i % 3}"));
            examples.Add(new CheckworthyExample($"n{i}", Chatter[i], 0, source, source == "Toy" ? "toy" : $"debate{i % 3}"));
        }
        return examples;
    }

    private static readonly CheckworthyTrainingOptions Options = new()
    {
        MinDocumentFrequency = 1,
        Folds = 3,
        GroupedSources = ["Debates"],
        ReferenceSource = "Toy",
    };

    [Fact]
    public void Train_SameDataTwice_WritesIdenticalModelFiles()
    {
        var first = Save(new CheckworthyTrainer(Options).Train(Examples()).Model);
        var second = Save(new CheckworthyTrainer(Options).Train(Examples()).Model);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Train_WithCrossValidation_ScoresEveryExampleByAModelThatDidNotSeeIt()
    {
        var examples = Examples();

        var result = new CheckworthyTrainer(Options).Train(examples);

        Assert.Equal(examples.Select(e => e.Id).Order(), result.OutOfFoldScores.Keys.Order());
        Assert.NotNull(result.CrossValidated);
        Assert.Contains(examples, e => Math.Abs(result.Scores[e.Id] - result.OutOfFoldScores[e.Id]) > 1e-6);
        Assert.Contains(result.CrossValidated.Sources, s => s.Source == "Debates" && s.Groups == 3);
    }

    [Fact]
    public void Train_ToyData_RanksCheckableSentencesFirst()
    {
        var result = new CheckworthyTrainer(Options with { CrossValidate = false }).Train(Examples());

        Assert.Null(result.CrossValidated);
        Assert.True(result.TrainingSet.AveragePrecision > 0.95, $"AP {result.TrainingSet.AveragePrecision}");
        var detector = new ClaimDetector(result.Model);
        const string unseen = "The museum sold 9,000 tickets in 2022.";
        const string chatter = "Thank you, and good evening.";
        Assert.True(detector.Score(unseen, new TextSpan(0, unseen.Length)).Score > detector.Score(chatter, new TextSpan(0, chatter.Length)).Score);
    }

    [Fact]
    public void Train_Model_HasTheAttributionButNoTrainingSentence()
    {
        var json = System.Text.Encoding.UTF8.GetString(Save(new CheckworthyTrainer(Options with { CrossValidate = false }).Train(Examples()).Model));

        Assert.Contains("CC BY 4.0", json);
        Assert.DoesNotContain(Checkable[0], json);
        Assert.DoesNotContain(Chatter[0], json);
    }

    [Fact]
    public void Train_NoExamples_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CheckworthyTrainer().Train([]));
    }

    private static byte[] Save(CheckworthyModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
