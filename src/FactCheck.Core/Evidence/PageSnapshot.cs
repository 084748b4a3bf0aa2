using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Core.Evidence;

/// <summary>The text FactCheck extracted from a web page when it fetched it, kept so evidence survives the page changing or disappearing.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Text"/> in UTF-8.</param>
/// <param name="Url">The address fetched (after redirects).</param>
/// <param name="Title">The page's title, if it had one.</param>
/// <param name="Text">The extracted text.</param>
/// <param name="RetrievedAt">When it was fetched (UTC).</param>
public sealed record PageSnapshot(string Sha256, string Url, string? Title, string Text, DateTime RetrievedAt)
{
    /// <summary>A snapshot of <paramref name="text"/> with its hash computed.</summary>
    public static PageSnapshot Create(string url, string? title, string text, DateTime retrievedAt) =>
        new(HashOf(text), url, title, text, retrievedAt);

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes.</summary>
    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
