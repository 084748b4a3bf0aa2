using System.Text;
using Bunit;
using FactCheck.Core.Articles;
using FactCheck.Web.Features.Revisions;
using FactCheck.Web.Tests.Features.Import;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Features.Revisions;

public class FileRevisionInputTests : RevisionTestContext
{
    [Fact]
    public void FileRevisionInput_TextFileUploaded_SubmitsItsTextAsAFile()
    {
        Services.AddSingleton(ImportServices.Extractor());
        RevisionInput? submitted = null;
        var cut = Render<FileRevisionInput>(p => p.Add(x => x.Submitted, input => submitted = input));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes(Version2), "harbor-plan.txt"));

        cut.WaitForAssertion(() => Assert.NotNull(submitted), ImportServices.Wait);
        Assert.Equal(RevisionOrigin.File, submitted!.Origin);
        Assert.Contains("deputy transport secretary Helen Achebe", submitted.Text);
    }

    [Fact]
    public void FileRevisionInput_ErrorAfterSubmitting_ShowsIt()
    {
        Services.AddSingleton(ImportServices.Extractor());

        var cut = Render<FileRevisionInput>(p => p
            .Add(x => x.Submitted, _ => { })
            .Add(x => x.Error, "This text is the same as the current version: there is nothing to import."));

        Assert.Contains("same as the current version", cut.Find("[data-testid=revision-error]").TextContent);
    }
}
