using FactCheck.Core.Claims;

namespace FactCheck.Core;

/// <summary>
/// Configures and builds an <see cref="ArticleAnalyzer"/>. The builder is not thread-safe; the analyzer it builds is.
/// </summary>
public sealed class ArticleAnalyzerBuilder
{
    private ClaimDetector _claimDetector = ClaimDetector.Default;
    private bool _detectSources = true;
    private bool _detectClaims = true;

    /// <summary>Scores sentences with <paramref name="detector"/> instead of <see cref="ClaimDetector.Default"/>.</summary>
    public ArticleAnalyzerBuilder UseClaimDetector(ClaimDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _claimDetector = detector;
        return this;
    }

    /// <summary>Skips the cited-sources stage; <see cref="ArticleAnalysis.Sources"/> is then empty.</summary>
    public ArticleAnalyzerBuilder WithoutSources()
    {
        _detectSources = false;
        return this;
    }

    /// <summary>
    /// Skips claim detection; <see cref="ArticleAnalysis.Claims"/> is then empty and sources link quotes only.
    /// For callers that need quotes, speakers and sources alone.
    /// </summary>
    public ArticleAnalyzerBuilder WithoutClaims()
    {
        _detectClaims = false;
        return this;
    }

    /// <summary>Builds an immutable, thread-safe analyzer.</summary>
    public ArticleAnalyzer Build() => new(_claimDetector, _detectSources, _detectClaims);
}
