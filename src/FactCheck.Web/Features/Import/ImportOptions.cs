namespace FactCheck.Web.Features.Import;

/// The "FactCheck:Import" configuration section: limits for file uploads and URL fetches.
public sealed class ImportOptions
{
    public const string Section = "FactCheck:Import";

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    public long MaxDownloadBytes { get; set; } = 5 * 1024 * 1024;

    /// Covers the whole fetch: connecting, every redirect and reading the body.
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxRedirects { get; set; } = 5;

    /// Off by default so a URL cannot make the server reach into its own network (SSRF);
    /// tests turn it on to fetch from a loopback server.
    public bool AllowPrivateAddresses { get; set; }
}
