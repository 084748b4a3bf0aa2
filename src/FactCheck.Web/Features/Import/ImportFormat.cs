namespace FactCheck.Web.Features.Import;

public enum ImportFormat
{
    PlainText,
    Markdown,
    Html,
    Docx,
    Pdf,
}
