namespace FactCheck.Web.Features.Import;

public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
    Docx,
    Pdf,
}
