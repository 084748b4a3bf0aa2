using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;

namespace FactCheck.Storage.Tests;

public class FactCheckDbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    public FactCheckDbTests() => Directory.CreateDirectory(_folder);

    /// LiteDB 5.0.21 builds a type's mapping lazily without a lock (litedb-org/LiteDB#2536): threads that
    /// first use a type together got "Member Id not found on BsonMapper" or documents read with fields
    /// missing. The crash test found it after a restart; each round here is a fresh database and mapper.
    [Fact]
    public void OpenFile_ManyThreadsUseEveryStoreAtOnce_MappingsAreComplete()
    {
        const string text = "Unemployment fell to 3.9% in May.";
        const int threads = 8;
        for (var round = 0; round < 3; round++)
        {
            var path = Path.Combine(_folder, $"{round}.db");
            using (var seed = FactCheckDb.OpenFile(path))
            {
                var claim = new SpanSuggestion(SpanKind.Claim, TextAnchor.Create(text, new(0, text.Length)), 0.9, [], null, null);
                new ArticleStore(seed).Add(new NewArticle("Jobs", text), new SpanSuggestions([claim], []), DateTime.UtcNow);
                new UserStore(seed).Create("ada", null, Role.Admin, "correct horse battery", DateTime.UtcNow);
            }
            using var db = FactCheckDb.OpenFile(path);
            using var start = new Barrier(threads);

            var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
            // Threads of their own: pool threads blocked at the barrier would wait for the pool to grow.
            var readers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
            {
                try
                {
                    start.SignalAndWait(TestContext.Current.CancellationToken);
                    var scale = new ScaleStore(db).Get("truth-scale");
                    Assert.Equal(("Truth scale", "true"), (scale.Name, scale.Ratings[0].Key));
                    Assert.Equal("Jobs", new ArticleStore(db).Find(1)!.Title);
                    Assert.Single(new ArticleStore(db).Spans(1));
                    Assert.Equal("ada", new UserStore(db).Find("ada")!.UserName);
                    Assert.Empty(new VerdictStore(db, new SettingsStore(db), new ScaleStore(db)).ForSpan(1));
                }
                catch (Exception e)
                {
                    failures.Add(e);
                }
            })).ToArray();
            foreach (var reader in readers)
                reader.Start();
            foreach (var reader in readers)
                reader.Join();

            Assert.Empty(failures);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
