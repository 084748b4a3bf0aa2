using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Review;

namespace FactCheck.Web.Features.Audit;

/// One changed field of an audit entry, worded for people.
public sealed record AuditChange(string Field, string? Before, string? After);

/// Turns audit entries (stored as action codes and raw field values) into readable lines.
public static partial class AuditText
{
    private const int MaxValueLength = 160;

    // Fields whose change the entry itself already says (its time, who did it) or that mean nothing to a reader.
    private static readonly HashSet<string> Hidden =
    [
        "Id", "ArticleId", "SpanId", "VerdictId", "SubmittedAt", "ReviewedAt", "PublishedAt", "LastEditedBy", "Reasons", "Score", "Origin", "Anchoring",
    ];

    private static readonly Dictionary<string, string> Actions = new()
    {
        ["verdict.created"] = "Started a verdict",
        ["verdict.saved"] = "Edited the verdict",
        ["verdict.submitted"] = "Submitted for review",
        ["verdict.returned"] = "Returned to the checker",
        ["verdict.approved"] = "Approved",
        ["verdict.published"] = "Published",
        ["article.scale-changed"] = "Changed the rating scale",
        ["settings.changed"] = "Changed desk settings",
        ["scale.added"] = "Added a rating scale",
        ["scale.changed"] = "Changed a rating scale",
        ["span.added"] = "Marked a span",
        ["span.accepted"] = "Accepted the span",
        ["span.rejected"] = "Dismissed the span",
        ["span.resized"] = "Resized the span",
        ["span.speaker"] = "Changed the speaker",
        ["span.merged"] = "Merged spans",
        ["span.merged-away"] = "Merged into another span",
        ["span.split"] = "Split the span",
        ["span.split-off"] = "Split off from a span",
        ["evidence.added"] = "Added evidence",
        ["evidence.changed"] = "Changed evidence",
        ["evidence.removed"] = "Removed evidence",
        ["evidence.snapshot"] = "Saved a page snapshot",
    };

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["RatingKey"] = "Rating",
        ["EditorComment"] = "Editor's comment",
        ["ScaleId"] = "Rating scale",
        ["Anchor"] = "Text",
        ["DismissReason"] = "Reason dismissed",
        ["BlindDoubleCheck"] = "Blind double check",
        ["AllowSelfApproval"] = "Self-approval",
        ["OrganizationName"] = "Organisation",
        ["OrganizationUrl"] = "Organisation web site",
        ["ReviewDueHours"] = "Review due within (hours)",
        ["QuoteGroup"] = "Quote group",
        ["PreviousExact"] = "Text before the revision",
    };

    /// "verdict.returned" → "Returned to the checker"; unknown codes read as words ("span.pinned" → "Span pinned").
    public static string Action(string action)
    {
        if (Actions.TryGetValue(action, out var label))
            return label;
        var words = action.Replace('.', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? action : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// The entry's visible changes, in a stable order, with ratings shown by their labels on <paramref name="scale"/>.
    public static IReadOnlyList<AuditChange> Changes(AuditEntry entry, RatingScale? scale = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Before.Keys.Union(entry.After.Keys)
            .Where(field => !Hidden.Contains(field))
            .OrderBy(Order)
            .Select(field => new AuditChange(
                FieldLabel(field),
                Value(field, entry.Before.GetValueOrDefault(field), scale),
                Value(field, entry.After.GetValueOrDefault(field), scale)))
            .Where(c => c.Before != c.After)
            .ToArray();
    }

    public static string FieldLabel(string field) =>
        Fields.TryGetValue(field, out var label) ? label : SplitWords(field);

    private static string? Value(string field, string? value, RatingScale? scale)
    {
        if (value is null)
            return null;
        var text = field switch
        {
            "RatingKey" => scale?.Find(value)?.Label ?? value,
            "Anchor" => AnchorExact().Match(value) is { Success: true } m ? $"“{m.Groups[1].Value}”" : value,
            "BlindDoubleCheck" or "AllowSelfApproval" => value == "True" ? "on" : "off",
            _ when DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) && value.Contains('T') =>
                time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC",
            _ => value,
        };
        text = text.ReplaceLineEndings(" ");
        return text.Length <= MaxValueLength ? text : text[..(MaxValueLength - 1)].TrimEnd() + "…";
    }

    private static int Order(string field) => field switch
    {
        "Status" => 0,
        "RatingKey" => 1,
        "Rationale" => 2,
        "EditorComment" => 3,
        _ => 4,
    };

    private static string SplitWords(string field) =>
        CamelBoundary().Replace(field, " $1").Trim() is var words && words.Length > 1
            ? words[0] + words[1..].ToLowerInvariant()
            : field;

    [GeneratedRegex(@"Exact = (.*?), Prefix = ", RegexOptions.Singleline)]
    private static partial Regex AnchorExact();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelBoundary();
}
