namespace FactCheck.Web.Features.Import;

/// Reads a stream into memory, giving up as soon as it passes a size limit, so an oversized upload or page is never held whole.
public static class BoundedReader
{
    /// The bytes read, or null when the stream holds more than <paramref name="maxBytes"/>.
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, Action<long>? onRead, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
            onRead?.Invoke(total);
        }
        return buffer.ToArray();
    }

    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB"
        : $"{bytes} bytes";
}
