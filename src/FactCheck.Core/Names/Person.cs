namespace FactCheck.Core.Names;

/// A person the article names, with the fullest name and the role it gives them.
internal sealed class Person(int id, string fullName, string surname)
{
    public int Id { get; } = id;

    /// The fullest form of the name seen ("Claudia Sheinbaum").
    public string FullName { get; set; } = fullName;

    public string Surname { get; } = surname;

    public Gender Gender { get; set; }

    /// Title or role the article gives the person ("President", "Deputy Press Secretary").
    public string? Role { get; set; }

    public string? Organization { get; set; }

    /// False for a two-word capitalised run that only looks like a name; such entries give full names but are not pronoun antecedents.
    public bool IsCertain { get; set; }

    public int MentionCount { get; set; }
}

/// One place where the article names a person, outside quotes.
internal readonly record struct PersonMention(int Start, int End, int PersonId);
