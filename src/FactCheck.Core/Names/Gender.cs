namespace FactCheck.Core.Names;

/// The grammatical gender a pronoun needs from its antecedent.
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
