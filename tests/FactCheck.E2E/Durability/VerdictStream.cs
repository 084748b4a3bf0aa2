using System.Collections.Concurrent;
using System.Net;
using FactCheck.E2E.Http;

namespace FactCheck.E2E.Durability;

/// A client saving verdicts on its spans one after another through the API, recording every save the
/// app acknowledged (200 with the stored version) until it is stopped or the app stops answering.
public sealed class VerdictStream(Uri baseUrl, string name, IReadOnlyList<int> spans, ConcurrentDictionary<int, int> versions) : IDisposable
{
    private readonly ApiSession _session = ApiSession.For(baseUrl);

    public sealed record Save(int SpanId, int Version, string Rationale);

    public ConcurrentQueue<Save> Acknowledged { get; } = new();

    public int Sent { get; private set; }

    /// Signs in and fetches the antiforgery token, so the stream itself is nothing but saves.
    public async Task SignInAsync()
    {
        await _session.SignInAsync(AppProcess.Admin, AppProcess.Password);
        await _session.AntiforgeryTokenAsync();
    }

    public async Task RunAsync(CancellationToken stop)
    {
        var session = _session;
        string[] ratings = ["true", "mostly-true", "half-true", "mostly-false", "false"];
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var span = spans[n % spans.Count];
            var rationale = $"{name} save {n}";
            try
            {
                Sent++;
                using var response = await session.SaveVerdictAsync(span, ratings[n % ratings.Length], rationale, versions.TryGetValue(span, out var v) ? v : null);
                var body = await ApiSession.JsonAsync(response);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var version = body.GetProperty("version").GetInt32();
                    versions[span] = version;
                    Acknowledged.Enqueue(new Save(span, version, rationale));
                }
                else if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    // A save whose answer was lost in the previous kill did commit: carry on from it.
                    versions[span] = body.GetProperty("currentVersion").GetInt32();
                }
                else
                {
                    throw new InvalidOperationException($"{name}: saving on span {span} gave {(int)response.StatusCode}: {body}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or System.Text.Json.JsonException)
            {
                // The app is gone (killed): whatever was in flight was not acknowledged.
                return;
            }
        }
    }

    public void Dispose() => _session.Dispose();
}
