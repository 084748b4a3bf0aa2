using System.Globalization;
using FactCheck.Storage.Desk;

namespace FactCheck.Web.Features.Dashboard;

/// The dashboard's addresses: its filter and drill-downs live in the query string, so every view can be
/// bookmarked, shared and opened in a new tab.
public static class DashboardLinks
{
    public const string DashboardPath = "/dashboard";
    public const string ClaimsPath = "/dashboard/claims";

    public static string Dashboard(DashboardFilter filter) => DashboardPath + Query(filter, null);

    public static string Drill(DashboardFilter filter, DrillDown drill) => ClaimsPath + Query(filter, drill);

    public static string Drill(DashboardFilter filter, DrillBy by, string? key = null) => Drill(filter, new DrillDown(by, key));

    /// The filter from query-string values; anything unreadable is left out rather than failing the page.
    public static DashboardFilter Filter(string? from, string? to, string? outlet, string? reviewer, string? rating) => new(
        Date(from),
        Date(to),
        Blank(outlet),
        Blank(reviewer),
        Blank(rating));

    public static DrillDown DrillDown(string? by, string? key) =>
        Enum.TryParse<DrillBy>(by, ignoreCase: true, out var parsed) ? new DrillDown(parsed, Blank(key)) : Storage.Desk.DrillDown.All;

    private static string Query(DashboardFilter filter, DrillDown? drill)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        if (drill is not null && drill.By != DrillBy.All)
        {
            Add("by", drill.By.ToString().ToLowerInvariant());
            Add("key", drill.Key);
        }
        Add("from", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("outlet", filter.Outlet);
        Add("reviewer", filter.Reviewer);
        Add("rating", filter.Rating);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
