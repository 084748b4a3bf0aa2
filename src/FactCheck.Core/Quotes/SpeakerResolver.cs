using FactCheck.Core.Names;
using FactCheck.Core.Sources;
using FactCheck.Core.Text;

namespace FactCheck.Core.Quotes;

/// <summary>
/// Turns the mention next to a cue into a <see cref="Speaker"/>: a name gets its canonical full form from the
/// article ("Sheinbaum" → "Claudia Sheinbaum") with its role and organisation; a pronoun or a definite description
/// ("she", "the president") resolves to the most recent compatible person named before it; an indefinite
/// description ("a cartel leader") stays an unnamed speaker.
/// </summary>
internal sealed class SpeakerResolver(string text, NameIndex names, IReadOnlyList<TextSpan> sentences)
{
    private const int PronounWindow = 3000;
    private const int MaxCandidates = 40;

    public Speaker Resolve(Attribution a, Speaker? current)
    {
        var m = a.Mention;
        var cue = a.Cue.IsEmpty ? ":" : CueText(a);
        TextSpan? cueSpan = a.Cue.IsEmpty ? null : a.Cue;
        switch (m.Kind)
        {
            case MentionKind.Name when m.IsOrganization:
                return new Speaker(OrganizationName(m), true, null, null, m.Span, cue, cueSpan);
            case MentionKind.Name:
                return NamedSpeaker(a, cue, cueSpan);
            case MentionKind.Pronoun:
                return ResolvePronoun(a, current, cue, cueSpan);
            default:
                return ResolveDescription(a, current, cue, cueSpan);
        }
    }

    private string CueText(Attribution a) =>
        SpeechVerbs.Intern(text.AsSpan(a.Cue.Start, a.Cue.Length)) ?? text.Slice(a.Cue);

    private string OrganizationName(Mention m)
    {
        var span = text.AsSpan(m.Span.Start, m.Span.Length);
        if (SourceLexicon.TryCanonical(span, out var canonical, out _))
            return canonical;
        if (span.StartsWith("the ", StringComparison.Ordinal))
            span = span[4..];
        return span.ToString();
    }

    private Speaker NamedSpeaker(Attribution a, string cue, TextSpan? cueSpan)
    {
        var m = a.Mention;
        var nameSpan = text.AsSpan(m.NameSpan.Start, m.NameSpan.Length);
        var role = m.RoleSpan.IsEmpty ? null : CleanRole(text.AsSpan(m.RoleSpan.Start, m.RoleSpan.Length));
        var words = QuoteClassifier.CountWords(nameSpan);
        var person = names.Find(nameSpan);
        if (person is null && words >= 2)
            person = names.Register(nameSpan, role, Gender.Unknown, certain: true);
        else if (person is null && words == 1)
            person = names.Register(nameSpan, role, Gender.Unknown, certain: true);
        person!.IsCertain = true;
        var (apRole, apOrg) = ReadApposition(a.Apposition);
        if (apOrg is null && !m.AffiliationSpan.IsEmpty)
            apOrg = text.Slice(m.AffiliationSpan);
        if (role is null && apRole is not null)
            role = apRole;
        if (person.Role is null && role is not null)
            person.Role = role;
        if (apOrg is not null)
            person.Organization ??= apOrg;
        return new Speaker(person.FullName, true, role ?? person.Role, apOrg ?? person.Organization, m.Span, cue, cueSpan);
    }

    private static string? CleanRole(ReadOnlySpan<char> role)
    {
        role = role.Trim();
        if (role.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            role = role[4..];
        return role.IsEmpty ? null : role.ToString();
    }

    /// ", a spokesman for the Bush super PAC," → role "spokesman", organisation "the Bush super PAC".
    private (string? Role, string? Organization) ReadApposition(TextSpan apposition)
    {
        if (apposition.IsEmpty)
            return (null, null);
        var s = text.AsSpan(apposition.Start, apposition.Length).TrimEnd(',');
        // "30", "30, a teacher from Raleigh", "30, of Raleigh": an age is not a role, nor a hometown an organisation
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
            digits++;
        if (digits is > 0 and <= 3 && (digits == s.Length || s[digits] == ','))
        {
            s = s[digits..].TrimStart(',').TrimStart();
            if (s.IsEmpty)
                s = DescriptionAfterAge(apposition.End);
            if (s.IsEmpty || s.StartsWith("of ", StringComparison.Ordinal) || s.StartsWith("from ", StringComparison.Ordinal))
                return (null, null);
        }
        if (s.StartsWith("a ", StringComparison.Ordinal))
            s = s[2..];
        else if (s.StartsWith("an ", StringComparison.Ordinal))
            s = s[3..];
        else if (s.StartsWith("the ", StringComparison.Ordinal))
            s = s[4..];
        else if (s.StartsWith("who ", StringComparison.Ordinal) || s.StartsWith("which ", StringComparison.Ordinal))
            return (null, null);
        var cut = -1;
        foreach (var prep in (ReadOnlySpan<string>)[" for ", " at ", " of ", " with "])
        {
            var i = s.IndexOf(prep, StringComparison.Ordinal);
            if (i > 0 && (cut < 0 || i < cut))
                cut = i;
        }
        if (cut < 0)
            return (s.Length <= 60 ? s.ToString() : null, null);
        var role = s[..cut].Trim();
        var rest = s[cut..].TrimStart();
        var space = rest.IndexOf(' ');
        var org = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..].Trim();
        return (role.IsEmpty || role.Length > 60 ? null : role.ToString(), org.IsEmpty || org.Length > 80 ? null : org.ToString());
    }

    /// ", a teacher from Raleigh" right after an age, up to the next comma or the end of the sentence; empty otherwise.
    private ReadOnlySpan<char> DescriptionAfterAge(int end)
    {
        var rest = text.AsSpan(end, Math.Min(text.Length - end, 120));
        if (!rest.StartsWith(", ", StringComparison.Ordinal))
            return [];
        rest = rest[2..];
        if (!(rest.StartsWith("a ", StringComparison.Ordinal) || rest.StartsWith("an ", StringComparison.Ordinal) || rest.StartsWith("the ", StringComparison.Ordinal)))
            return [];
        var stop = rest.IndexOfAny(",.;:\n\u201C\u201D\"");
        return stop < 0 ? [] : rest[..stop].TrimEnd();
    }

    private Speaker ResolvePronoun(Attribution a, Speaker? current, string cue, TextSpan? cueSpan)
    {
        var m = a.Mention;
        var pronoun = text.AsSpan(m.Span.Start, m.Span.Length);
        var gender = pronoun switch
        {
            "he" or "He" or "his" or "His" => Gender.Male,
            "she" or "She" or "her" or "Her" => Gender.Female,
            _ => Gender.Unknown,
        };
        if (gender == Gender.Unknown)
        {
            // "they", "it", "we": keep the current speaker when it is an organisation or a group
            if (current is not null && pronoun is "it" or "It" or "they" or "They" or "we" or "We")
                return current with { Mention = m.Span, Cue = cue, CueSpan = cueSpan };
            return new Speaker(pronoun.ToString(), false, null, null, m.Span, cue, cueSpan);
        }
        var person = Antecedent(m.Span.Start, gender, current);
        if (person is null)
            return new Speaker(pronoun.ToString(), false, null, null, m.Span, cue, cueSpan);
        if (person.Gender == Gender.Unknown)
            person.Gender = gender;
        return new Speaker(person.FullName, true, person.Role, person.Organization, m.Span, cue, cueSpan);
    }

    /// The person a pronoun at <paramref name="position"/> refers to: the subject of the nearest sentence that names a compatible person.
    private Person? Antecedent(int position, Gender gender, Speaker? current)
    {
        var mentions = names.Mentions;
        var i = names.LastMentionBefore(position);
        for (var n = 0; i >= 0 && n < MaxCandidates; i--, n++)
        {
            var mention = mentions[i];
            if (position - mention.End > PronounWindow)
                break;
            var person = names[mention.PersonId];
            if (!Compatible(person, gender))
                continue;
            // prefer the compatible person of that sentence who speaks in it, else the leftmost: usually its subject
            var sentence = SentenceOf(mention.Start);
            var best = person;
            var speaks = SpeaksNext(mention.End) ? person : null;
            for (var j = i - 1; j >= 0 && mentions[j].Start >= sentence.Start; j--)
            {
                var other = names[mentions[j].PersonId];
                if (!Compatible(other, gender) || QualifiesNext(mentions[j], mentions[j + 1]))
                    continue;
                best = other;
                if (SpeaksNext(mentions[j].End))
                    speaks = other;
            }
            return speaks ?? best;
        }
        if (current is { IsNamed: true } && names.Find(current.Name) is { } p && Compatible(p, gender))
            return p;
        return null;
    }

    /// "Cross said", "Cross, a retired teacher, told": a speech verb right after the name, or after its apposition.
    private bool SpeaksNext(int end)
    {
        var p = end;
        if (p < text.Length && text[p] == ',')
        {
            var close = text.AsSpan(p + 1, Math.Min(80, text.Length - p - 1)).IndexOf(',');
            if (close < 0)
                return false;
            p += close + 2;
        }
        while (p < text.Length && text[p] == ' ')
            p++;
        var e = p;
        while (e < text.Length && char.IsLetter(text[e]))
            e++;
        return e > p && SpeechVerbs.IsStrongCue(text.AsSpan(p, e - p));
    }

    /// "Cruz spokesman Rick Tyler", "Ruiz’s campaign manager Tom Baker": a name that only says whose the next person is.
    private bool QualifiesNext(PersonMention name, PersonMention next)
    {
        if (next.Start <= name.End || next.Start - name.End > 40)
            return false;
        var between = text.AsSpan(name.End, next.Start - name.End).Trim();
        if (between.StartsWith("\u2019s", StringComparison.Ordinal) || between.StartsWith("'s", StringComparison.Ordinal))
            between = between[2..].TrimStart();
        if (between.IsEmpty)
            return false;
        var words = 0;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in between.Split(' '))
        {
            var w = between[range];
            if (w.IsEmpty)
                continue;
            if (!char.IsLower(w[0]) || w.ContainsAny(',', '.', ';'))
                return false;
            words++;
            last = w;
        }
        return words is >= 1 and <= 3 && MentionParser.IsRoleWord(last);
    }

    private static bool Compatible(Person p, Gender g) => p.IsCertain && (p.Gender == Gender.Unknown || p.Gender == g);

    private TextSpan SentenceOf(int position)
    {
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = sentences[mid];
            if (s.End <= position)
                lo = mid + 1;
            else if (s.Start > position)
                hi = mid - 1;
            else
                return s;
        }
        return new TextSpan(position, 0);
    }

    private Speaker ResolveDescription(Attribution a, Speaker? current, string cue, TextSpan? cueSpan)
    {
        var m = a.Mention;
        var desc = text.AsSpan(m.Span.Start, m.Span.Length);
        // "Santilli's attorney, Thomas Coan, said": the apposition names the person the description describes
        if (MentionParser.LooksLikePersonName(text, a.Apposition))
        {
            var name = text.AsSpan(a.Apposition.Start, a.Apposition.Length);
            var person = names.Find(name) ?? names.Register(name, desc.ToString(), Gender.Unknown, certain: true);
            person.Role ??= CleanRole(desc);
            return new Speaker(person.FullName, true, CleanRole(desc), person.Organization, m.Span, cue, cueSpan);
        }
        var definite = desc.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        if (definite && !m.IsOrganization)
        {
            var headStart = desc.LastIndexOf(' ') + 1;
            var head = desc[headStart..];
            var person = ByRole(m.Span.Start, head);
            if (person is not null)
                return new Speaker(person.FullName, true, person.Role, person.Organization, m.Span, cue, cueSpan);
        }
        return new Speaker(desc.ToString(), false, null, null, m.Span, cue, cueSpan);
    }

    /// The most recent person whose role ends with <paramref name="head"/> ("the president" → President Obama).
    private Person? ByRole(int position, ReadOnlySpan<char> head)
    {
        if (head.Length < 3)
            return null;
        var mentions = names.Mentions;
        var i = names.LastMentionBefore(position);
        for (var n = 0; i >= 0 && n < MaxCandidates; i--, n++)
        {
            if (position - mentions[i].End > PronounWindow)
                break;
            var person = names[mentions[i].PersonId];
            if (person.Role is { } role && role.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase))
                return person;
        }
        return null;
    }
}
