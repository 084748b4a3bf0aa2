namespace FactCheck.Core.Sources;

/// <summary>What kind of source an article attributes information to.</summary>
public enum SourceKind
{
    /// <summary>A newspaper, broadcaster or agency.</summary>
    NewsOutlet,

    /// <summary>A government, ministry, agency or official body.</summary>
    GovernmentBody,

    /// <summary>A think tank, or a report or study.</summary>
    ThinkTankOrReport,

    /// <summary>A business.</summary>
    Company,

    /// <summary>A social network post or account.</summary>
    SocialMedia,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>An unnamed source ("a spokesperson", "media outlets").</summary>
    Unnamed,

    /// <summary>Any other organisation.</summary>
    Organization,
}
