using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Claims;
using FactCheck.Core.Quotes;
using FactCheck.Core.Review;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Storage.Documents;

/// Storage documents are mutable LiteDB shapes; the rest of the app sees Core records only.
internal static class DocumentMapping
{
    public static Article ToModel(this ArticleDocument d) => new(
        d.Id,
        d.Title,
        d.Text,
        d.Outlet,
        d.Url,
        d.PublishedOn is { } p ? DateOnly.FromDateTime(p) : null,
        d.Author,
        d.ImportedAt,
        d.Sources.Select(s => new ArticleSource(
            s.Name,
            Enum.TryParse<SourceKind>(s.Kind, out var kind) ? kind : SourceKind.Organization,
            s.Cue,
            s.Mentions.Select(ToSpan).ToArray(),
            s.SpanIds.ToArray())).ToArray(),
        d.Revision,
        d.ScaleId);

    public static ArticleSpan ToModel(this SpanDocument d) => new(
        d.Id,
        d.ArticleId,
        Enum.Parse<SpanKind>(d.Kind),
        new TextAnchor(d.Start, d.End, d.Exact, d.Prefix, d.Suffix),
        Enum.Parse<SpanOrigin>(d.Origin),
        d.Score,
        d.Reasons.Select(r => new ClaimReason(r.Code, r.Description, r.Weight)).ToArray(),
        d.Speaker is { } s
            ? new Speaker(s.Name, s.IsNamed, s.Role, s.Organization, s.Mention is { } m ? ToSpan(m) : null, s.Cue, s.CueSpan is { } c ? ToSpan(c) : null)
            : null,
        d.QuoteGroup,
        Enum.Parse<SpanStatus>(d.Status),
        d.DismissReason,
        Enum.Parse<AnchorState>(d.Anchoring),
        d.PreviousExact);

    public static SpanDocument ToDocument(this SpanSuggestion s, int articleId) => new()
    {
        ArticleId = articleId,
        Kind = s.Kind.ToString(),
        Start = s.Anchor.Start,
        End = s.Anchor.End,
        Exact = s.Anchor.Exact,
        Prefix = s.Anchor.Prefix,
        Suffix = s.Anchor.Suffix,
        Origin = nameof(SpanOrigin.Engine),
        Score = s.Score,
        Reasons = s.Reasons.Select(r => new ReasonDocument { Code = r.Code, Description = r.Description, Weight = r.Weight }).ToList(),
        Speaker = s.Speaker?.ToDocument(),
        QuoteGroup = s.QuoteGroup,
    };

    public static SpeakerDocument ToDocument(this Speaker speaker) => new()
    {
        Name = speaker.Name,
        IsNamed = speaker.IsNamed,
        Role = speaker.Role,
        Organization = speaker.Organization,
        Mention = speaker.Mention is { } m ? ToRange(m) : null,
        Cue = speaker.Cue,
        CueSpan = speaker.CueSpan is { } c ? ToRange(c) : null,
    };

    public static Verdict ToModel(this VerdictDocument d) => new(
        d.Id,
        d.ArticleId,
        d.SpanId,
        d.Checker,
        d.RatingKey,
        d.Rationale,
        Enum.Parse<VerdictStatus>(d.Status),
        d.CreatedAt,
        d.UpdatedAt,
        d.Version,
        d.EditorComment,
        d.Reviewer,
        d.SubmittedAt,
        d.ReviewedAt,
        d.PublishedAt,
        d.LastEditedBy);

    public static AuditEntry ToModel(this AuditDocument d) =>
        new(d.Id, d.At, d.Actor, d.Action, d.ArticleId, d.SpanId, d.VerdictId, d.Before, d.After);

    public static DeskSettings ToModel(this SettingsDocument d) =>
        new(d.BlindDoubleCheck, d.AllowSelfApproval, d.OrganizationName, d.OrganizationUrl, d.ReviewDueHours);

    public static RatingScale ToModel(this ScaleDocument d) => new(
        d.Id,
        d.Name,
        d.Ratings.Select(r => new Rating(r.Key, r.Label, r.Description, r.Color, r.ClaimReviewValue)).ToArray());

    public static ScaleDocument ToDocument(this RatingScale scale) => new()
    {
        Id = scale.Id,
        Name = scale.Name,
        Ratings = scale.Ratings.Select(r => new RatingDocument
        {
            Key = r.Key,
            Label = r.Label,
            Description = r.Description,
            Color = r.Color,
            ClaimReviewValue = r.ClaimReviewValue,
        }).ToList(),
    };

    public static UserAccount ToModel(this UserDocument d) =>
        new(d.Id, d.UserName, d.DisplayName, Enum.Parse<Role>(d.Role), d.IsActive, d.CreatedAt);

    public static RangeDocument ToRange(TextSpan span) => new() { Start = span.Start, End = span.End };

    private static TextSpan ToSpan(RangeDocument r) => TextSpan.FromBounds(r.Start, r.End);
}
