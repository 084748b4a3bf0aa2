using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Text;
using FactCheck.Storage.Safety;
using FactCheck.Storage.Schema;
using LiteDB;

namespace FactCheck.Storage.Tests.Safety;

public class DatabaseBackupTests : IDisposable
{
    private const string Text = "Unemployment fell to 3.9% in May. Exports rose by 12% in June. Prices doubled in a year.";
    private readonly TempDatabase _temp = new();
    private readonly string _backup;

    public DatabaseBackupTests() => _backup = Path.Combine(Path.GetDirectoryName(_temp.Path)!, "..", "backups", "copy.db");

    private int AddArticle()
    {
        var spans = new[] { new TextSpan(0, 33), new TextSpan(34, 28), new TextSpan(63, 25) }
            .Select(s => new SpanSuggestion(SpanKind.Claim, TextAnchor.Create(Text, s), 0.9, [], null, null)).ToList();
        return _temp.Articles.Add(new NewArticle("Economy", Text, "Daily", "https://daily.example/economy"), new SpanSuggestions(spans, []), DateTime.UtcNow);
    }

    [Fact]
    public void WriteTo_CopiesDocumentsIndexesAndSchemaVersion()
    {
        var articleId = AddArticle();
        var span = _temp.Articles.Spans(articleId)[0];
        _temp.Verdicts.Save(span.Id, new Actor("casey", Role.FactChecker), "true", "Checked.", null, DateTime.UtcNow);
        new UserStore(_temp.Db).Create("ada", "Ada", Role.Admin, "correct horse battery", DateTime.UtcNow);

        var summary = DatabaseBackup.WriteTo(_temp.Db, _backup);

        Assert.Equal(Path.GetFullPath(_backup), summary.Path);
        Assert.Equal((1, 3, 1, 1, 1), (summary.Documents["articles"], summary.Documents["spans"], summary.Documents["verdicts"], summary.Documents["audit"], summary.Documents["users"]));
        Assert.False(File.Exists(_backup + ".partial"));
        using var copy = FactCheckDb.OpenFile(_backup);
        Assert.Equal(SchemaMigrations.CurrentVersion, copy.SchemaVersion);
        Assert.Empty(copy.Migrations);
        Assert.Equal("Checked.", new VerdictStore(copy, new SettingsStore(copy), new ScaleStore(copy)).ForSpan(span.Id).Single().Rationale);
        Assert.Equal("Ada", new UserStore(copy).Find("ada")!.DisplayName);
        var indexes = copy.Database.GetCollection("$indexes").FindAll().Select(i => $"{i["collection"].AsString}.{i["name"].AsString}:{i["unique"].AsBoolean}").ToList();
        Assert.Contains("users.NormalizedUserName:True", indexes);
        Assert.Contains("verdicts.Checker:False", indexes);
    }

    [Fact]
    public async Task WriteTo_WhileVerdictsAreSaved_CopiesEachSaveWithItsAuditEntry()
    {
        var spans = _temp.Articles.Spans(AddArticle());
        var stop = 0;
        var writers = spans.Select((span, i) => Task.Run(() =>
        {
            var actor = new Actor($"checker{i}", Role.Editor);
            int? version = null;
            while (Volatile.Read(ref stop) == 0)
                version = _temp.Verdicts.Save(span.Id, actor, "half-true", $"Save after version {version}.", version, DateTime.UtcNow).Verdict!.Version;
        }, TestContext.Current.CancellationToken)).ToArray();
        SpinWait.SpinUntil(() => _temp.Db.Database.GetCollection("audit").Count() >= 30, TimeSpan.FromSeconds(30));

        DatabaseBackup.WriteTo(_temp.Db, _backup);
        Volatile.Write(ref stop, 1);
        await Task.WhenAll(writers);

        // Every save increments the version and appends one audit entry in the same transaction: a copy
        // that caught half of one would show a version without its audit entry, or the reverse.
        using var copy = new LiteDatabase(new ConnectionString { Filename = _backup, Connection = ConnectionType.Direct });
        var verdicts = copy.GetCollection("verdicts").FindAll().ToList();
        Assert.NotEmpty(verdicts);
        foreach (var verdict in verdicts)
            Assert.Equal(verdict["Version"].AsInt32, copy.GetCollection("audit").Count($"$.VerdictId = {verdict["_id"].AsInt32}"));
    }

    [Fact]
    public void WriteTo_TheDatabaseItself_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => DatabaseBackup.WriteTo(_temp.Db, _temp.Path));
    }

    public void Dispose() => _temp.Dispose();
}
