namespace FactCheck.Web.Features.Import;

public enum FetchStage
{
    Connecting,
    Downloading,
    Extracting,
}

public sealed record FetchProgress(FetchStage Stage, long BytesRead = 0);
