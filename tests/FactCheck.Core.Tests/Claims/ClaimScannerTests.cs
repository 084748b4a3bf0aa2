using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Claims;

public class ClaimScannerTests
{
    [Theory]
    [InlineData("The army sent 10,000 troops to the border.", "quantity", "10,000 troops")]
    [InlineData("The plan costs $3.5 billion over ten years.", "quantity", "$3.5 billion")]
    [InlineData("The county hired three hundred nurses.", "quantity", "three hundred nurses")]
    [InlineData("Turnout reached 61.4% in the city.", "statistic", "61.4%")]
    [InlineData("Only 12 percent of the roads were paved.", "statistic", "12 percent")]
    [InlineData("The unemployment rate is at a low.", "statistic", "rate")]
    [InlineData("The bridge opened in 1932 after a long delay.", "date", "1932")]
    [InlineData("The ferry sank on 01.10.2024 near the cape.", "date", "01.10.2024")]
    [InlineData("Rents climbed steeply last year in the capital.", "date", "last year")]
    [InlineData("The festival moved to June after the floods.", "date", "June")]
    [InlineData("Our state builds more roads than any other.", "comparison", "roads than")]
    [InlineData("It is the largest dam on the continent.", "comparison", "largest")]
    [InlineData("Food prices doubled across the region.", "trend", "doubled")]
    [InlineData("Ferry traffic went down after the bridge opened.", "trend", "went down")]
    [InlineData("The grant came from the Ford Foundation in the end.", "named_entity", "Ford Foundation")]
    [InlineData("She worked for the Bank of England for years.", "named_entity", "Bank of England")]
    [InlineData("Troops left the U.S. base at dawn.", "named_entity", "U.S.")]
    [InlineData("The mill closed because of the drought.", "cause", "because of")]
    [InlineData("Fares rose as a result of the fuel tax.", "cause", "as a result")]
    [InlineData("According to the census, the town shrank.", "attribution", "According to")]
    [InlineData("A survey of farmers found that yields fell.", "attribution", "survey")]
    [InlineData("The mayor was accused of hiding the report.", "accusation", "accused")]
    [InlineData("You voted against the harbour bill twice.", "accusation", "You voted")]
    [InlineData("The new line will open next spring.", "prediction", "will")]
    [InlineData("Analysts expect prices are going to fall.", "prediction", "going to")]
    [InlineData("The council passed a law banning plastic bags.", "legal", "passed")]
    [InlineData("The court ruled that the fence was illegal.", "legal", "court")]
    [InlineData("She was appointed to the board in spring.", "official_status", "appointed")]
    [InlineData("The governor toured the flooded farms.", "official_status", "governor")]
    [InlineData("The company built the stadium on the old docks.", "past_event", "built")]
    [InlineData("Engineers inspected the tunnel overnight.", "past_event", "inspected")]
    [InlineData("They closed the factory and moved the jobs.", "third_person", "They")]
    [InlineData("Is the new bridge safe for lorries?", "question", "?")]
    [InlineData("\u201CIs the new bridge safe for lorries?\u201D", "question", "?")]
    [InlineData("I think the plan is a disaster for the town.", "opinion", "I think")]
    [InlineData("The new stadium is beautiful at night.", "opinion", "beautiful")]
    [InlineData("The city should plant more trees.", "prescription", "should")]
    [InlineData("We need to fix the roads before winter.", "prescription", "need to")]
    [InlineData("My grandmother grew up on that street.", "first_person", "My")]
    [InlineData("The river may perhaps flood again.", "hedge", "perhaps")]
    [InlineData("It seems the station is closing.", "hedge", "seems")]
    public void Scan_TypicalSentence_FindsTheCueWithItsTrigger(string sentence, string code, string trigger)
    {
        var cues = Cues(sentence);

        Assert.Contains((code, trigger), cues);
    }

    [Theory]
    [InlineData("The army sent troops to the border.", "quantity")]
    [InlineData("No one knows how many came.", "quantity")]
    [InlineData("The roads were paved with stone.", "statistic")]
    [InlineData("The 2,000 guests arrived on time.", "date")]
    [InlineData("The score was 3.5 after two rounds.", "date")]
    [InlineData("They march through town on Sundays.", "date")]
    [InlineData("Our state builds good roads.", "comparison")]
    [InlineData("Behind the scenes, the talks went on.", "comparison")]
    [InlineData("Food prices are a worry across the region.", "trend")]
    [InlineData("The grant came from a local foundation.", "named_entity")]
    [InlineData("Yesterday the river was calm.", "named_entity")]
    [InlineData("Local Farmers Fight New Water Rules In Court", "named_entity")]
    [InlineData("The mill closed in the drought.", "cause")]
    [InlineData("The town is quiet in winter.", "attribution")]
    [InlineData("The mayor was praised for the report.", "accusation")]
    [InlineData("The new line opened last spring.", "prediction")]
    [InlineData("The council met to discuss plastic bags.", "legal")]
    [InlineData("She joined the choir in spring.", "official_status")]
    [InlineData("The company builds stadiums on old docks.", "past_event")]
    [InlineData("The hundred steps need repair.", "past_event")]
    [InlineData("The factory makes bicycles.", "third_person")]
    [InlineData("The new bridge is safe for lorries.", "question")]
    [InlineData("During the call the mayor asked, \u201CHow can we help the farmers?\u201D", "question")]
    [InlineData("The plan adds a bus lane to the town centre.", "opinion")]
    [InlineData("The city planted trees along the river.", "prescription")]
    [InlineData("The grandmother grew up on that street.", "first_person")]
    [InlineData("The river flooded again in March.", "hedge")]
    public void Scan_NearMiss_DoesNotFindTheCue(string sentence, string code)
    {
        var cues = Cues(sentence);

        Assert.DoesNotContain(cues, c => c.Code == code);
    }

    [Theory]
    [InlineData("Thank you.", "short")]
    [InlineData("Go ahead, please.", "short")]
    [InlineData("The committee, which met on a wet Tuesday in the old library of the town hall, voted to close the branch and move its books to the school.", "length")]
    [InlineData("Wages rose 3% and prices rose 2% while rents rose 9%.", "several_quantities")]
    public void Scan_SentenceShapes_FindTheirFeatures(string sentence, string feature)
    {
        var features = Features(sentence);

        Assert.Contains(features, f => ClaimFeatures.Name(f) == feature);
    }

    [Fact]
    public void Scan_NumberAsPartOfAName_DoesNotAttachTheNameAsTheCountedNoun()
    {
        Assert.Contains(("quantity", "12"), Cues("The office has 12 Dutch staff."));
    }

    [Fact]
    public void Scan_TriggerOffsets_AreAbsoluteInTheWholeText()
    {
        const string text = "Intro sentence here. Sales rose 7% in May.";
        var start = text.IndexOf("Sales", StringComparison.Ordinal);
        var sink = new RecordingSink();

        ClaimScanner.Scan(text.AsSpan(start), start, ref sink);

        var (_, cueStart, cueEnd) = Assert.Single(sink.Cues, c => c.Feature == ClaimFeature.Statistic);
        Assert.Equal("7%", text[cueStart..cueEnd]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"\"\"''''")]
    [InlineData("$$$ %%% ---")]
    [InlineData("\uD83D\uDE00 \u200F\u202E text \uDBFF")]
    [InlineData("1,2,3,4,5,6,7,8,9.0.0.0")]
    public void Scan_OddInput_KeepsCuesInsideTheText(string text)
    {
        var sink = new RecordingSink();

        ClaimScanner.Scan(text.AsSpan(), 0, ref sink);

        Assert.All(sink.Cues, c => Assert.InRange(c.Start, 0, c.End));
        Assert.All(sink.Cues, c => Assert.InRange(c.End, c.Start, text.Length));
    }

    private static List<(string Code, string Trigger)> Cues(string sentence)
    {
        var sink = new RecordingSink();
        ClaimScanner.Scan(sentence.AsSpan(), 0, ref sink);
        return [.. sink.Cues.Select(c => (ClaimFeatures.Code(c.Feature), sentence[c.Start..c.End]))];
    }

    private static List<ClaimFeature> Features(string sentence)
    {
        var sink = new RecordingSink();
        ClaimScanner.Scan(sentence.AsSpan(), 0, ref sink);
        return [.. sink.Cues.Select(c => c.Feature)];
    }

    private struct RecordingSink() : IClaimFeatureSink
    {
        public List<(ClaimFeature Feature, int Start, int End)> Cues { get; } = [];

        public readonly void Cue(ClaimFeature feature, int start, int end) => Cues.Add((feature, start, end));

        public readonly void NGram(ulong key, int start, int end, int secondStart, int secondEnd)
        {
        }

        public readonly void End(int words)
        {
        }
    }
}
