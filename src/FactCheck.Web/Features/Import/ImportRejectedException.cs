namespace FactCheck.Web.Features.Import;

/// Raised inside the import pipeline when the input cannot become an article; the message is shown to the checker as is.
public sealed class ImportRejectedException(string message) : Exception(message);
