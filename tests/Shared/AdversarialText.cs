using System.Text;

namespace FactCheck.Testing;

/// Hostile 1 MB inputs, shared by the robustness tests and the benchmarks so both measure the same text.
internal static class AdversarialText
{
    public const int Megabyte = 1 << 20;

    public static readonly string[] Kinds = ["no punctuation", "only quotation marks", "nested brackets", "one long sentence", "random unicode"];

    public static string Create(string kind) => kind switch
    {
        "no punctuation" => Repeat("the cartel leader told media outlets nothing new ", Megabyte),
        "only quotation marks" => Repeat("\"\u201C\u201D\u2018\u2019'\u00AB\u00BB\u201E", Megabyte),
        "nested brackets" => new string('(', 100_000) + Repeat("Smith said \u201Cyes\u201D ", Megabyte - 200_000) + new string(')', 100_000),
        "one long sentence" => Repeat("Mayor Ana Ruiz said that \u201Cthe plan\u201D, which Sen. Lee called a \u201Cdisaster\u201D, costs $3.5 billion and ", Megabyte) + ".",
        "random unicode" => RandomUnicode(Megabyte, seed: 42),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <paramref name="unit"/> repeated to at least <paramref name="length"/> characters.
    public static string Repeat(string unit, int length)
    {
        var b = new StringBuilder(length + unit.Length);
        while (b.Length < length)
            b.Append(unit);
        return b.ToString();
    }

    /// Letters, marks, punctuation, right-to-left marks and surrogate pairs, some of them broken.
    public static string RandomUnicode(int length, int seed)
    {
        const string marks = "\"\u201C\u201D\u2018\u2019.?!\n ,:;()";
        var random = new Random(seed);
        var b = new StringBuilder(length + 2);
        while (b.Length < length)
        {
            switch (random.Next(10))
            {
                case 0:
                    b.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)));
                    break;
                case 1:
                    b.Append(random.Next(2) == 0 ? '\u200F' : '\u202E');
                    break;
                case 2:
                    b.Append((char)random.Next(0xD800, 0xDFFF));
                    break;
                case 3:
                    b.Append(marks[random.Next(marks.Length)]);
                    break;
                case 4:
                    b.Append((char)random.Next(0x0590, 0x06FF));
                    break;
                default:
                    b.Append((char)random.Next(0x20, 0x7F));
                    break;
            }
        }
        return b.ToString();
    }
}
