using FactCheck.Core.Text;

namespace FactCheck.Core.Names;

/// <summary>
/// The people an article names, found in one forward pass over the text outside quotes: a capitalised run with a
/// known given name or a title before it ("President Claudia Sheinbaum") introduces a person; a later surname alone
/// ("Sheinbaum") is a mention of the same person. Gives canonical full names and the recent mentions pronouns need.
/// </summary>
internal sealed class NameIndex
{
    private const int MaxRunWords = 7;

    private readonly string _text;
    private readonly List<Person> _people = [];
    private readonly List<PersonMention> _mentions = [];
    private readonly Dictionary<string, int> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byFullName = new(StringComparer.Ordinal);

    private NameIndex(string text)
    {
        _text = text;
    }

    public IReadOnlyList<PersonMention> Mentions => _mentions;

    public Person this[int id] => _people[id];

    /// Builds the index over the text outside <paramref name="skip"/> spans (the quotes), which must be sorted.
    public static NameIndex Build(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<TextSpan> skip)
    {
        var index = new NameIndex(text);
        var s = 0;
        foreach (var p in paragraphs)
        {
            var from = p.Start;
            while (s < skip.Count && skip[s].End <= from)
                s++;
            var k = s;
            while (from < p.End)
            {
                var to = p.End;
                if (k < skip.Count && skip[k].Start < p.End)
                    to = Math.Max(from, skip[k].Start);
                if (to > from)
                    index.ScanSegment(from, to);
                if (to >= p.End)
                    break;
                from = Math.Max(from, skip[k].End);
                k++;
            }
        }
        return index;
    }

    /// The person a surname, full name or given name refers to, or null.
    public Person? Find(ReadOnlySpan<char> name)
    {
        var lookupFull = _byFullName.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookupFull.TryGetValue(name, out var id))
            return _people[id];
        var last = name.LastIndexOf(' ');
        var surname = last < 0 ? name : name[(last + 1)..];
        var lookup = _bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(surname, out id))
        {
            var p = _people[id];
            // "Bill Clinton" must not become "Hillary Clinton"
            if (last < 0 || p.FullName.AsSpan().EndsWith(name, StringComparison.Ordinal))
                return p;
        }
        return null;
    }

    /// Registers a name used as a speaker, so that later surnames and pronouns find it.
    public Person Register(ReadOnlySpan<char> name, string? role, Gender gender, bool certain)
    {
        var existing = Find(name);
        if (existing is not null)
        {
            if (existing.Gender == Gender.Unknown)
                existing.Gender = gender;
            existing.Role ??= role;
            existing.IsCertain |= certain;
            return existing;
        }
        var full = name.ToString();
        var last = full.LastIndexOf(' ');
        var surname = last < 0 ? full : full[(last + 1)..];
        var person = new Person(_people.Count, full, surname) { Gender = gender, Role = role, IsCertain = certain };
        _people.Add(person);
        _byFullName[full] = person.Id;
        _bySurname.TryAdd(surname, person.Id);
        return person;
    }

    private void ScanSegment(int from, int to)
    {
        var span = _text.AsSpan();
        var pos = from;
        while (pos < to)
        {
            var rel = span[pos..to].IndexOfAnyInRange('A', 'Z');
            if (rel < 0)
                return;
            var c = pos + rel;
            if (c > from && (char.IsLetterOrDigit(span[c - 1]) || CharKinds.IsApostrophe(span[c - 1]) || span[c - 1] is '-' or '@' or '#' or '/' or '.' or '_'))
            {
                pos = c + 1;
                while (pos < to && char.IsLetterOrDigit(span[pos]))
                    pos++;
                continue;
            }
            pos = ScanRun(c, to);
        }
    }

    /// Reads a run of capitalised words from <paramref name="start"/>; returns where scanning goes on.
    private int ScanRun(int start, int to)
    {
        var span = _text.AsSpan();
        Span<int> starts = stackalloc int[MaxRunWords];
        Span<int> ends = stackalloc int[MaxRunWords];
        var count = 0;
        var pos = start;
        while (count < MaxRunWords && pos < to)
        {
            var e = pos;
            while (e < to && (char.IsLetterOrDigit(span[e]) || ((CharKinds.IsApostrophe(span[e]) || span[e] is '-' or '.') && e + 1 < to && char.IsLetter(span[e + 1]) && !(CharKinds.IsApostrophe(span[e]) && span[e + 1] == 's' && (e + 2 >= to || !char.IsLetter(span[e + 2]))))))
                e++;
            if (e < to && span[e] == '.' && (e - pos == 1 || NameLexicon.IsTitle(span[pos..(e + 1)])))
                e++; // initials and abbreviated titles keep their period
            if (e == pos)
                break;
            var word = span[pos..e];
            if (!char.IsUpper(word[0]) && !(count > 0 && NameLexicon.IsParticle(word)))
                break;
            starts[count] = pos;
            ends[count] = e;
            count++;
            if (e >= to || span[e] != ' ' || e + 1 >= to || !(char.IsUpper(span[e + 1]) || char.IsLower(span[e + 1])))
            {
                pos = e;
                break;
            }
            pos = e + 1;
        }
        if (count == 0)
            return start + 1;
        // a trailing particle is not part of the name
        while (count > 0 && !char.IsUpper(span[starts[count - 1]]))
            count--;
        var runEnd = count > 0 ? ends[count - 1] : start + 1;
        if (count > 0)
            Consider(starts[..count], ends[..count]);
        return Math.Max(runEnd, start + 1);
    }

    private void Consider(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        var span = _text.AsSpan();
        var first = 0;
        while (first < starts.Length && NameLexicon.IsNonName(span[starts[first]..ends[first]]) && !NameLexicon.IsTitle(span[starts[first]..ends[first]]))
            first++;
        var nameFrom = first;
        var gender = Gender.Unknown;
        var personTitle = false;
        while (nameFrom < starts.Length && NameLexicon.IsTitle(span[starts[nameFrom]..ends[nameFrom]]))
        {
            var g = NameLexicon.TitleGender(span[starts[nameFrom]..ends[nameFrom]]);
            if (g != Gender.Unknown)
                gender = g;
            personTitle = true;
            nameFrom++;
        }
        // "Reporter Ana Ruiz": a capitalised role before a given name
        while (nameFrom + 1 < starts.Length && MentionParser.IsRoleWord(span[starts[nameFrom]..ends[nameFrom]]) &&
               FirstNames.IsFirstName(span[starts[nameFrom + 1]..ends[nameFrom + 1]]))
            nameFrom++;
        var nameTo = starts.Length;
        while (nameTo > nameFrom && NameLexicon.IsSuffix(span[starts[nameTo - 1]..ends[nameTo - 1]]))
            nameTo--;
        if (nameTo <= nameFrom)
            return;
        for (var x = nameFrom; x < nameTo; x++)
        {
            var w = span[starts[x]..ends[x]];
            if (NameLexicon.IsOrganizationWord(w) || NameLexicon.IsNonName(w) || MentionParser.IsAcronym(w))
                return;
        }
        var nameSpan = span[starts[nameFrom]..ends[nameTo - 1]];
        var words = nameTo - nameFrom;
        var given = FirstNames.GenderOf(span[starts[nameFrom]..ends[nameFrom]]);
        if (gender == Gender.Unknown)
            gender = given;
        Person? person;
        if (words >= 2 && words <= 4)
        {
            var certain = given != Gender.Unknown || personTitle;
            person = Find(nameSpan);
            if (person is null)
            {
                person = Register(nameSpan, personTitle ? RoleText(starts[first..nameFrom], ends[first..nameFrom]) : null, gender, certain);
            }
            else if (person.FullName.Length < nameSpan.Length && nameSpan.EndsWith(person.FullName, StringComparison.Ordinal))
            {
                person.FullName = nameSpan.ToString();
            }
            else
            {
                person.IsCertain |= certain;
                if (person.Gender == Gender.Unknown)
                    person.Gender = gender;
                if (personTitle)
                    person.Role ??= RoleText(starts[first..nameFrom], ends[first..nameFrom]);
            }
        }
        else if (words == 1)
        {
            person = Find(nameSpan);
            if (person is null && personTitle)
                person = Register(nameSpan, RoleText(starts[first..nameFrom], ends[first..nameFrom]), gender, certain: true);
            if (person is null)
                return;
            if (personTitle)
                person.Role ??= RoleText(starts[first..nameFrom], ends[first..nameFrom]);
        }
        else
        {
            return;
        }
        person.MentionCount++;
        _mentions.Add(new PersonMention(starts[first], ends[nameTo - 1], person.Id));
    }

    private string? RoleText(ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        if (starts.Length == 0)
            return null;
        var from = starts[0];
        // "former President": the lower-case word before the title is part of the role
        var before = _text.AsSpan(Math.Max(0, from - 12), from - Math.Max(0, from - 12));
        if (before.EndsWith("former ", StringComparison.Ordinal))
            from -= 7;
        return _text[from..ends[^1]];
    }

    /// Index of the last mention that starts before <paramref name="position"/>, or -1.
    public int LastMentionBefore(int position)
    {
        int lo = 0, hi = _mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Start < position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }
}
