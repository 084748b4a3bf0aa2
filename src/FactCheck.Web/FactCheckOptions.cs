using FactCheck.Core.Articles;

namespace FactCheck.Web;

/// The "FactCheck" configuration section.
public sealed class FactCheckOptions
{
    public const string Section = "FactCheck";

    /// LiteDB file; a relative path is resolved against the working directory.
    public string Database { get; set; } = "data/db/factcheck.db";

    public int MaxArticleBytes { get; set; } = ArticleLimits.DefaultMaxTextBytes;

    /// Check-worthiness a sentence needs to be proposed as a claim.
    public double ClaimThreshold { get; set; } = SpanSuggestions.DefaultClaimThreshold;

    /// Articles imported into an empty database on first start.
    public string SamplesFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "samples");

    public bool SeedSamples { get; set; } = true;

    /// Base of the public URLs written into exports (ClaimReview url, annotation ids); the app's own
    /// address when empty.
    public string? PublicBaseUrl { get; set; }
}
