using FactCheck.Core.Review;
using FactCheck.Web.Features.Admin;

namespace FactCheck.Web.Tests.Features.Admin;

public class ScaleDraftTests
{
    [Fact]
    public void ToScale_ExistingScaleWithANewRating_KeepsKeysAndMakesANewOne()
    {
        var draft = ScaleDraft.From(RatingScale.Default);
        draft.Ratings[0].Label = "Correct";
        var added = draft.Add();
        added.Label = "False";

        var scale = draft.ToScale([RatingScale.DefaultId]);

        Assert.Equal(RatingScale.DefaultId, scale.Id);
        Assert.Equal(("true", "Correct"), (scale.Ratings[0].Key, scale.Ratings[0].Label));
        Assert.Equal("false-2", scale.Ratings[^1].Key);
    }

    [Fact]
    public void ToScale_NewScale_IdFromItsNameAndNotClashing()
    {
        var draft = ScaleDraft.New();
        draft.Name = "Pinocchio scale";

        Assert.Equal("pinocchio-scale-2", draft.ToScale(["pinocchio-scale"]).Id);
        Assert.Equal(["accurate", "inaccurate"], draft.ToScale([]).Ratings.Select(r => r.Key));
    }

    [Fact]
    public void MoveUp_SecondRating_BecomesFirst()
    {
        var draft = ScaleDraft.From(RatingScale.Default);
        var second = draft.Ratings[1];

        draft.MoveUp(second);
        draft.MoveUp(second);

        Assert.Same(second, draft.Ratings[0]);
    }
}
