using System.Globalization;
using FactCheck.Core.Agreement;
using MudBlazor;

namespace FactCheck.Web.Features.Dashboard;

/// How an alpha reads: its value, and Krippendorff's thresholds for relying on it (Content Analysis, 2004,
/// §11.4.4: rely on variables with α ≥ .800; draw only tentative conclusions from .667 ≤ α &lt; .800).
public static class AlphaText
{
    public static string Value(AlphaResult alpha) =>
        alpha.IsDefined ? alpha.Alpha.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    public static string Reading(AlphaResult alpha) => alpha switch
    {
        { Units: 0 } => "No claim has two ratings yet",
        { IsDefined: false } => "Every rating is the same; nothing to compare",
        { Alpha: >= 0.8 } => "Reliable",
        { Alpha: >= 0.667 } => "Tentative",
        _ => "Unreliable",
    };

    public static Color Color(AlphaResult alpha) => alpha switch
    {
        { IsDefined: false } => MudBlazor.Color.Default,
        { Alpha: >= 0.8 } => MudBlazor.Color.Success,
        { Alpha: >= 0.667 } => MudBlazor.Color.Warning,
        _ => MudBlazor.Color.Error,
    };

    public static string Pairs(int units) => units == 1 ? "1 paired claim" : $"{units.ToString("N0", CultureInfo.InvariantCulture)} paired claims";
}
