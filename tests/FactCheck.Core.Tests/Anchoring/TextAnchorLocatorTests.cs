using FactCheck.Core.Anchoring;
using FactCheck.Core.Articles;
using FactCheck.Core.Text;

namespace FactCheck.Core.Tests.Anchoring;

public class TextAnchorLocatorTests
{
    private const string Story =
        "The council voted 7-2 to approve the plan. Mayor Varga called it historic.\n\n" +
        "The plan costs $212 million, according to the staff report. Critics said the ferry forecast is too optimistic.\n\n" +
        "Residents packed the chamber and more than 120 people signed up to speak.\n";

    private static readonly TextAnchorLocator Locator = TextAnchorLocator.Default;

    private static TextAnchor AnchorOf(string text, string exact, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
            start = text.IndexOf(exact, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{exact}' not in text");
        return TextAnchor.Create(text, new TextSpan(start, exact.Length));
    }

    private static string At(string text, AnchorMatch match) => text[match.Anchor!.Start..match.Anchor.End];

    [Fact]
    public void Locate_SameText_AnchoredAtItsPosition()
    {
        var anchor = AnchorOf(Story, "The plan costs $212 million, according to the staff report.");

        var match = Locator.Locate(Story, anchor);

        Assert.Equal(AnchorState.Anchored, match.State);
        Assert.Equal(AnchorMethod.Position, match.Method);
        Assert.Equal(anchor, match.Anchor);
    }

    [Fact]
    public void Locate_ParagraphInsertedBefore_FoundByExactTextWithNewOffsetsAndContext()
    {
        var anchor = AnchorOf(Story, "Critics said the ferry forecast is too optimistic.");
        var updated = Story.Insert(Story.IndexOf("The plan costs", StringComparison.Ordinal), "Construction starts in March and will last five years.\n\n");

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(AnchorState.Anchored, match.State);
        Assert.Equal(AnchorMethod.ExactText, match.Method);
        Assert.Equal(anchor.Exact, At(updated, match));
        Assert.Equal(updated.IndexOf(anchor.Exact, StringComparison.Ordinal), match.Anchor!.Start);
        Assert.Equal(TextAnchor.Create(updated, match.Anchor.Span), match.Anchor);
    }

    [Fact]
    public void Locate_RepeatedSentence_PicksTheOccurrenceWhoseContextMatches()
    {
        const string text =
            "At the first hearing the director said: The numbers are correct. Nobody challenged him.\n\n" +
            "At the second hearing, after the audit, he repeated: The numbers are correct. The auditor disagreed.\n";
        var anchor = AnchorOf(text, "The numbers are correct.", occurrence: 1);
        // An edit earlier moves both copies, so neither sits at the old offsets any more.
        var updated = "UPDATE: corrected the date. " + text;

        var match = Locator.Locate(updated, anchor);

        var second = updated.IndexOf("The numbers are correct.", updated.IndexOf("second", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(second, match.Anchor!.Start);
        Assert.Equal(AnchorState.Anchored, match.State);
    }

    [Fact]
    public void Locate_RepeatedTextWithSameContext_PicksTheOneClosestToTheExpectedPosition()
    {
        var text = string.Concat(Enumerable.Repeat("Yes. Yes. Yes. Yes. ", 10));
        var anchor = TextAnchor.Create(text, new TextSpan(100, 4));
        var updated = "X" + text;

        var match = Locator.Locate(updated, anchor, expectedStart: 101);

        Assert.Equal(101, match.Anchor!.Start);
    }

    [Fact]
    public void Locate_TypoFixedInsideSpan_ChangedWithTheNewText()
    {
        const string old = "Officials said the goverment recieved the report in January. Then nothing happened.";
        const string updated = "Officials said the government received the report in January. Then nothing happened.";
        var anchor = AnchorOf(old, "the goverment recieved the report in January.");

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(AnchorState.Changed, match.State);
        Assert.Equal(AnchorMethod.Fuzzy, match.Method);
        Assert.Equal("the government received the report in January.", At(updated, match));
        Assert.True(match.TextSimilarity > 0.9);
    }

    [Fact]
    public void Locate_NumberCorrectedInsideSpan_ChangedNotOrphaned()
    {
        var anchor = AnchorOf(Story, "The plan costs $212 million, according to the staff report.");
        var updated = Story.Replace("$212 million", "$221.5 million", StringComparison.Ordinal);

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(AnchorState.Changed, match.State);
        Assert.Equal("The plan costs $221.5 million, according to the staff report.", At(updated, match));
    }

    [Fact]
    public void Locate_SentenceRewrittenBeyondRecognition_Orphaned()
    {
        var anchor = AnchorOf(Story, "Critics said the ferry forecast is too optimistic.");
        var updated = Story.Replace("Critics said the ferry forecast is too optimistic.", "Opponents doubt that many commuters will use boats.", StringComparison.Ordinal);

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(AnchorState.Orphaned, match.State);
        Assert.Null(match.Anchor);
        Assert.Equal(AnchorMethod.NotFound, match.Method);
    }

    [Fact]
    public void Locate_ParagraphDeleted_Orphaned()
    {
        var anchor = AnchorOf(Story, "Residents packed the chamber and more than 120 people signed up to speak.");
        var updated = Story[..Story.IndexOf("Residents", StringComparison.Ordinal)];

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(AnchorState.Orphaned, match.State);
    }

    [Fact]
    public void Locate_SpanAtTheVeryStart_FoundAfterItsFirstWordChanged()
    {
        var anchor = AnchorOf(Story, "The council voted 7-2 to approve the plan.");
        Assert.Equal("", anchor.Prefix);
        var updated = "A divided council voted 7-2 to approve the plan." + Story["The council voted 7-2 to approve the plan.".Length..];

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(AnchorState.Changed, match.State);
        Assert.Equal("divided council voted 7-2 to approve the plan.", At(updated, match));
    }

    [Fact]
    public void Locate_SpanAtTheVeryEnd_FoundWhenTextIsAddedAfterIt()
    {
        var anchor = AnchorOf(Story, "more than 120 people signed up to speak.\n");
        Assert.Equal("", anchor.Suffix);
        var updated = Story.Replace("more than 120 people", "more than 130 people", StringComparison.Ordinal) + "\nThe meeting ended at 2 a.m.\n";

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(AnchorState.Changed, match.State);
        Assert.Equal("more than 130 people signed up to speak.\n", At(updated, match));
        Assert.Equal("\nThe meeting ended at 2 a.m.\n", match.Anchor!.Suffix);
    }

    [Fact]
    public void Locate_SurrogatePairs_OffsetsAreUtf16AndNeverSplitAPair()
    {
        const string old = "Fans wrote \U0001F30A\U0001F30A harbor forever \U0001F30A on the wall. The mayor laughed.";
        const string updated = "Fans wrote \U0001F30A harbour forever \U0001F30A\U0001F30A on the wall. The mayor laughed.";
        var anchor = AnchorOf(old, "\U0001F30A\U0001F30A harbor forever \U0001F30A");

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(AnchorState.Changed, match.State);
        var found = At(updated, match);
        Assert.False(char.IsLowSurrogate(found[0]));
        Assert.False(char.IsHighSurrogate(found[^1]));
        Assert.Contains("harbour forever", found);
        Assert.Equal(11, match.Anchor!.Start);
    }

    [Fact]
    public void Locate_EmojiBeforeSpanAdded_ShiftsByTwoCodeUnits()
    {
        var anchor = AnchorOf(Story, "Mayor Varga called it historic.");
        var updated = "\U0001F4F0 " + Story;

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(anchor.Start + 3, match.Anchor!.Start);
        Assert.Equal(AnchorState.Anchored, match.State);
    }

    [Fact]
    public void Locate_ParagraphMovedAndEdited_FoundFarFromWhereItWas()
    {
        const string moved = "The ferry carried 410,000 passengers last year, according to the transit authority, and the city expects that to triple.";
        var filler = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Paragraph {i} talks about something else entirely, like parking rule number {i}."));
        var old = moved + "\n\n" + filler + "\n";
        var updated = filler + "\n\n" + moved.Replace("410,000", "412,000", StringComparison.Ordinal).Replace("triple", "treble", StringComparison.Ordinal) + "\n";
        var anchor = AnchorOf(old, moved);

        var match = Locator.Locate(updated, anchor);

        Assert.Equal(AnchorState.Changed, match.State);
        Assert.Equal(updated.IndexOf("The ferry carried", StringComparison.Ordinal), match.Anchor!.Start);
        Assert.EndsWith("expects that to treble.", At(updated, match));
    }

    [Fact]
    public void Locate_LongSpanWithATypoFixedInside_ChangedWithBothEndsInPlace()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => $"Paragraph {i} reports that the harbor budget line {i} grew by {i * 3} percent in the year under review.").ToArray();
        var old = "Intro.\n\n" + string.Join("\n\n", paragraphs) + "\n\nOutro.";
        var span = TextAnchor.Create(old, new TextSpan(old.IndexOf("Paragraph 1 ", StringComparison.Ordinal), old.IndexOf("\n\nOutro", StringComparison.Ordinal) - old.IndexOf("Paragraph 1 ", StringComparison.Ordinal)));
        Assert.True(span.Exact.Length > TextAnchorLocator.MaxAlignedLength);
        var updated = "A new lead paragraph.\n\n" + old.Replace("line 15 grew", "line 15 rose", StringComparison.Ordinal);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var match = Locator.Locate(updated, span);

        Assert.True(clock.ElapsedMilliseconds < 1000, $"{clock.ElapsedMilliseconds} ms");
        Assert.Equal(AnchorState.Changed, match.State);
        Assert.Equal(span.Exact.Replace("line 15 grew", "line 15 rose", StringComparison.Ordinal), At(updated, match));
        Assert.True(match.TextSimilarity > 0.99);
    }

    [Fact]
    public void Locate_LongSpanWhoseMiddleWasRewritten_Orphaned()
    {
        var words = string.Join(" ", Enumerable.Range(1, 500).Select(i => $"budget{i}"));
        var old = "Start. " + words + " End.";
        var span = TextAnchor.Create(old, new TextSpan(7, words.Length));
        Assert.True(span.Exact.Length > TextAnchorLocator.MaxAlignedLength);
        var rewritten = words[..300] + " " + string.Concat(Enumerable.Repeat("Nothing of the old paragraph survives in this one. ", 60)) + words[^300..];
        var updated = "Start. " + rewritten + " End.";

        var match = Locator.Locate(updated, span);

        Assert.Equal(AnchorState.Orphaned, match.State);
    }

    [Fact]
    public void Locate_OnlyOccurrenceTaken_LooksElsewhereOrOrphans()
    {
        var anchor = AnchorOf(Story, "Mayor Varga called it historic.");
        var start = anchor.Start;

        var match = Locator.Locate(Story, anchor, isTaken: (s, e) => s == start);

        Assert.Equal(AnchorState.Orphaned, match.State);
    }

    [Fact]
    public void Locate_EmptyText_Orphaned()
    {
        var match = Locator.Locate("", AnchorOf(Story, "Mayor Varga called it historic."));

        Assert.Equal(AnchorState.Orphaned, match.State);
    }
}
