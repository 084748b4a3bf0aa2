namespace FactCheck.Core.Text;

/// What a <see cref="Token"/> is.
internal enum TokenKind : byte
{
    /// Letters, possibly with inner apostrophes, hyphens or periods (Sen., U.S., O’Neill, al-Sharia).
    Word,

    /// Digits, possibly with separators (10,000, 3.5).
    Number,

    /// The possessive ending ’s, or a lone ’ after a plural.
    Possessive,

    /// A quotation mark.
    QuoteMark,

    /// Any other punctuation or symbol, one character.
    Punct,
}

/// A token of a small window of text, by offsets into the whole text.
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}
