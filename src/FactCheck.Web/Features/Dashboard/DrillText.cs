using FactCheck.Storage.Desk;

namespace FactCheck.Web.Features.Dashboard;

/// Headings for drill-down lists and their filters, with user names, rating keys and article ids resolved.
public sealed record DrillText(Func<string, string> Name, Func<string, string> Rating, Func<string, string> Article)
{
    public string Heading(DrillDown drill) => drill.By switch
    {
        DrillBy.All => "All verdicts",
        DrillBy.Status => $"Status: {drill.Key}",
        DrillBy.Rating => $"Rating: {Rating(drill.Key ?? "")}",
        DrillBy.Article => $"Article: {Article(drill.Key ?? "")}",
        DrillBy.Outlet => $"Outlet: {Outlet(drill.Key)}",
        DrillBy.Source => $"Cited source: {drill.Key}",
        DrillBy.Reviewer => $"Checker: {Name(drill.Key ?? "")}",
        DrillBy.Period => $"First rated {Period(drill.Key)}",
        DrillBy.Queue => "Waiting for review, longest first",
        DrillBy.Overdue => "Overdue for review, longest first",
        DrillBy.Turnaround => "Handed in, slowest from import first",
        DrillBy.Agreement => $"Claims rated by two checkers{Pair(drill.Key)}",
        DrillBy.Disagreement => $"Claims two checkers rated differently{Pair(drill.Key)}",
        _ => drill.By.ToString(),
    };

    /// The filter as short phrases ("Outlet: Globe", "From 2026-01-01"); empty when nothing filters.
    public IReadOnlyList<string> Filter(DashboardFilter filter)
    {
        var parts = new List<string>();
        if (filter.From is { } from)
            parts.Add($"From {from:yyyy-MM-dd}");
        if (filter.To is { } to)
            parts.Add($"To {to:yyyy-MM-dd}");
        if (filter.Outlet is { } outlet)
            parts.Add($"Outlet: {Outlet(outlet)}");
        if (filter.Reviewer is { } reviewer)
            parts.Add($"Checker: {Name(reviewer)}");
        if (filter.Rating is { } rating)
            parts.Add($"Rating: {Rating(rating)}");
        return parts;
    }

    private static string Outlet(string? key) => key == DashboardFilter.NoOutlet ? "none" : key ?? "";

    private static string Period(string? key) =>
        key?.Split("..") is [var start, var end] && DateOnly.TryParse(end, System.Globalization.CultureInfo.InvariantCulture, out var last)
            ? $"{start} to {last.AddDays(-1):yyyy-MM-dd}"
            : key ?? "";

    private string Pair(string? key) => key?.Split('|') is [var a, var b] ? $": {Name(a)} and {Name(b)}" : "";
}
