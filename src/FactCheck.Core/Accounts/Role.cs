namespace FactCheck.Core.Accounts;

/// <summary>What a user may do. Each role includes the rights of the ones before it.</summary>
public enum Role
{
    /// <summary>Checks claims and quotes: marks spans, adds evidence, records and submits verdicts.</summary>
    FactChecker,

    /// <summary>Also reviews verdicts (approve, return, publish), sees dashboards and exports.</summary>
    Editor,

    /// <summary>Also manages users, roles, rating scales and desk settings.</summary>
    Admin,
}
