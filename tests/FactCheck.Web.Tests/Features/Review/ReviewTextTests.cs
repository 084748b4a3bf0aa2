using FactCheck.Web.Features.Review;

namespace FactCheck.Web.Tests.Features.Review;

public class ReviewTextTests
{
    [Theory]
    [InlineData(0, 0, 12, "12 min")]
    [InlineData(0, 5, 59, "5 h")]
    [InlineData(2, 0, 0, "2 d")]
    [InlineData(2, 3, 30, "2 d 3 h")]
    [InlineData(0, 0, -5, "0 min")]
    public void Age_Duration_ShortestReadableForm(int days, int hours, int minutes, string expected)
    {
        Assert.Equal(expected, ReviewText.Age(new TimeSpan(days, hours, minutes, 0)));
    }

    [Fact]
    public void Time_Utc_DateHourMinute()
    {
        Assert.Equal("2026-03-02 14:05 UTC", ReviewText.Time(new DateTime(2026, 3, 2, 14, 5, 59, DateTimeKind.Utc)));
        Assert.Equal("", ReviewText.Time(null));
    }
}
