namespace FactCheck.Web.Features.Revisions;

/// One way to bring in a new version, shown as a tab of the import dialog.
public sealed record RevisionInputOption(string Label, Type Component, int Order);
