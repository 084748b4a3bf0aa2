using Bunit;
using FactCheck.Storage;
using FactCheck.Web.Features.Revisions;
using MudBlazor;

namespace FactCheck.Web.Tests.Features.Revisions;

public class ImportRevisionButtonTests : RevisionTestContext
{
    [Fact]
    public void ImportRevisionButton_NewVersionImported_RaisesImportedWithTheReport()
    {
        var id = ImportHarbor();
        var provider = Render<MudDialogProvider>();
        RevisionReport? imported = null;
        var cut = Render<ImportRevisionButton>(p => p
            .Add(x => x.Article, Articles.Find(id)!)
            .Add(x => x.User, Checker)
            .Add(x => x.Imported, report => imported = report));

        cut.Find("[data-testid=import-revision]").Click();
        provider.WaitForElement("textarea[data-testid=revision-text]").Change(Version2);
        provider.Find("[data-testid=revision-submit]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(imported), TimeSpan.FromSeconds(10));
        Assert.Equal(2, imported!.Revision!.Number);
        Assert.Single(imported.Orphaned);
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=import-revision-dialog]")));
    }

    [Fact]
    public void ImportRevisionButton_DialogCancelled_RaisesNothing()
    {
        var id = ImportHarbor();
        var provider = Render<MudDialogProvider>();
        var raised = false;
        var cut = Render<ImportRevisionButton>(p => p
            .Add(x => x.Article, Articles.Find(id)!)
            .Add(x => x.User, Checker)
            .Add(x => x.Imported, _ => raised = true));

        cut.Find("[data-testid=import-revision]").Click();
        provider.WaitForElement("[data-testid=revision-cancel]").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=revision-text]")));
        Assert.False(raised);
        Assert.Equal(1, Articles.Find(id)!.Revision);
    }
}
