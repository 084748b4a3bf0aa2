namespace FactCheck.Core.Articles;

/// <summary>How a version of an article's text came in.</summary>
public enum RevisionOrigin
{
    /// <summary>Not recorded: the first version of an article stored before revisions were kept.</summary>
    Unrecorded,

    /// <summary>Pasted by a checker.</summary>
    Paste,

    /// <summary>Uploaded as a file.</summary>
    File,

    /// <summary>Fetched from a URL.</summary>
    Url,
}
