using Microsoft.AspNetCore.Components;

namespace FactCheck.Web.Features.Revisions;

/// Base of the components that bring in a new version of an article (paste today; file and URL import can plug in
/// with <see cref="RevisionServiceCollectionExtensions.AddRevisionInput{TInput}"/>). An input collects the text its
/// own way and raises <see cref="Submitted"/>; the dialog stores it and shows any error in <see cref="Error"/>.
public abstract class RevisionInputBase : ComponentBase
{
    [Parameter, EditorRequired]
    public EventCallback<RevisionInput> Submitted { get; set; }

    /// Why the last submission was refused, e.g. "Text is required."
    [Parameter]
    public string? Error { get; set; }

    /// True while the submitted text is being analysed and stored.
    [Parameter]
    public bool Busy { get; set; }

    /// Where the article was first published, when known (a URL input offers it again).
    [Parameter]
    public string? ArticleUrl { get; set; }
}
