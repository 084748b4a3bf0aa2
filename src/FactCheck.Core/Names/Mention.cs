using FactCheck.Core.Text;

namespace FactCheck.Core.Names;

/// What a mention of a speaker or source is.
internal enum MentionKind : byte
{
    /// A proper name of a person or organisation ("Sen. Bernie Sanders", "the White House").
    Name,

    /// A personal pronoun ("she").
    Pronoun,

    /// A description without a name ("a cartel leader", "the president").
    Description,
}

/// A noun phrase that names or describes a speaker, found next to a cue.
/// <param name="Span">The whole phrase, titles included.</param>
/// <param name="Kind">Name, pronoun or description.</param>
/// <param name="NameStart">Where the name proper starts inside the span (after titles and roles).</param>
/// <param name="IsOrganization">True when the phrase names an organisation, outlet or document.</param>
/// <param name="NameEnd">Where the name proper ends, when an affiliation follows it ("… of the Maine State Police"); 0 when it ends with the span.</param>
internal readonly record struct Mention(TextSpan Span, MentionKind Kind, int NameStart, bool IsOrganization, int NameEnd = 0)
{
    /// The name without leading titles or roles or a trailing affiliation; the whole span for pronouns and descriptions.
    public TextSpan NameSpan => Kind == MentionKind.Name ? TextSpan.FromBounds(NameStart, NameEnd > NameStart ? NameEnd : Span.End) : Span;

    /// The affiliation after the name ("the Maine State Police" in "Mark Ferris of the Maine State Police"), or empty.
    public TextSpan AffiliationSpan => Kind == MentionKind.Name && NameEnd > NameStart && Span.End > NameEnd + 4
        ? TextSpan.FromBounds(NameEnd + 4, Span.End)
        : default;

    /// The titles and roles before the name ("Deputy Press Secretary"), or an empty span.
    public TextSpan RoleSpan => Kind == MentionKind.Name ? TextSpan.FromBounds(Span.Start, Math.Max(Span.Start, NameStart)) : default;
}
