using System.Globalization;
using FactCheck.Core.Review;

namespace FactCheck.Web.Features.Review;

/// How the review screens word waiting times and workflow states, in one place so lists and pages agree.
public static class ReviewText
{
    /// "45 min", "5 h", "2 d 3 h".
    public static string Age(TimeSpan age)
    {
        if (age < TimeSpan.Zero)
            age = TimeSpan.Zero;
        if (age.TotalHours < 1)
            return $"{(int)age.TotalMinutes} min";
        if (age.TotalDays < 1)
            return $"{(int)age.TotalHours} h";
        return age.Hours == 0 ? $"{(int)age.TotalDays} d" : $"{(int)age.TotalDays} d {age.Hours} h";
    }

    /// A UTC time as the desk reads it: "2026-03-02 14:05 UTC".
    public static string Time(DateTime? utc) =>
        utc is { } t ? t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "";

    /// What the status means for whoever looks at the verdict.
    public static string StatusLabel(VerdictStatus status) => status switch
    {
        VerdictStatus.Draft => "Draft",
        VerdictStatus.Submitted => "Waiting for review",
        VerdictStatus.Returned => "Returned to the checker",
        VerdictStatus.Approved => "Approved, not yet published",
        _ => "Published",
    };
}
