namespace FactCheck.Core.Text;

/// Character classes shared by the scanners. Everything here is a pure function of one char.
internal static class CharKinds
{
    public static bool IsDoubleQuoteMark(char c) =>
        c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB';

    public static bool IsSingleQuoteMark(char c) =>
        c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A';

    public static bool IsQuoteMark(char c) => IsDoubleQuoteMark(c) || IsSingleQuoteMark(c);

    /// Marks and brackets that may follow a sentence terminator and still belong to the sentence.
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}';

    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '\u201C' or '\u2018' or '\u201E' or '\u00AB' or '\u2039' or '(' or '[' or '{';

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015';

    public static bool IsTerminator(char c) => c is '.' or '?' or '!' or '\u2026';

    /// Word characters: letters, digits, combining marks; apostrophes and hyphens are handled by callers.
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200E' or '\u200F' or '\uFEFF';
}
