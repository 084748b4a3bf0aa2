namespace FactCheck.Core.Claims;

/// <summary>
/// Recognises photo and media credit lines ("[Photo Credit: …]", "(AP Photo/…)", "Image: Getty Images"), which
/// carry names, dates and numbers like a claim but state nothing to check.
/// </summary>
internal static class MediaCredit
{
    /// Longer than this, the text is a caption or a paragraph that happens to start like a credit.
    private const int MaxLength = 400;

    // Each must be followed by something other than a letter ("photo by" yes, "photo byline" no).
    private static readonly string[] Openings =
    [
        "photo credit", "photo courtesy", "photo:", "photo by", "photos:", "photos by", "photos courtesy",
        "image credit", "image courtesy", "image:", "image by", "images:", "credit:", "credits:",
        "photograph:", "photograph by", "photographs by", "photography by", "illustration:", "illustration by",
        "video:", "video credit", "file photo", "ap photo", "afp photo", "reuters photo", "getty images", "screenshot:",
    ];

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length > MaxLength)
            return false;
        text = text.TrimStart("[( \t").TrimStart();
        if (text.IsEmpty)
            return false;
        // Almost every sentence is scored, so the first letter rules out most openings before any comparison.
        var first = char.ToUpperInvariant(text[0]); // as StringComparison.OrdinalIgnoreCase compares
        foreach (var opening in Openings)
        {
            if (char.ToUpperInvariant(opening[0]) == first
                && text.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (text.Length == opening.Length || !char.IsLetter(opening[^1]) || !char.IsLetter(text[opening.Length])))
                return true;
        }
        return false;
    }
}
