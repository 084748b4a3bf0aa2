using FactCheck.Core.Review;
using FactCheck.Storage.Schema;
using LiteDB;

namespace FactCheck.Storage.Tests.Schema;

public class SchemaMigrationsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factcheck-tests", Guid.NewGuid().ToString("N"));

    public SchemaMigrationsTests() => Directory.CreateDirectory(_folder);

    private string Path_ => Path.Combine(_folder, "factcheck.db");

    /// A copy of the database the walking skeleton (commit 6020ae0) wrote: one sample article with its
    /// spans and two verdicts (quote 2: mostly-true, claim 1: false), all without the fields added since.
    private string CopyOfSkeletonFile()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Schema", "walking-skeleton.v0.litedb"), Path_);
        return Path_;
    }

    private static LiteDatabase Raw(string path) => new(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });

    [Fact]
    public void Open_NewDatabase_RecordsTheCurrentVersion()
    {
        using var db = FactCheckDb.OpenFile(Path_);

        Assert.Equal(SchemaMigrations.CurrentVersion, db.SchemaVersion);
        Assert.True(SchemaMigrations.CurrentVersion >= 3);
        Assert.Equal(RatingScales.BuiltIn.Select(s => s.Id).Order(), db.Database.GetCollection("scales").FindAll().Select(d => d["_id"].AsString).Order());
    }

    [Fact]
    public void Open_WalkingSkeletonFile_BackfillsWorkflowFieldsSoQueriesFindOldVerdicts()
    {
        var path = CopyOfSkeletonFile();
        using (var raw = Raw(path))
        {
            Assert.Equal(0, raw.UserVersion);
            Assert.False(raw.GetCollection("verdicts").FindAll().First().ContainsKey("Status"));
        }

        using var db = FactCheckDb.OpenFile(path);

        Assert.Equal(SchemaMigrations.CurrentVersion, db.SchemaVersion);
        Assert.Equal(SchemaMigrations.Steps.Count, db.Migrations.Count);
        var verdicts = new VerdictStore(db, new SettingsStore(db), new ScaleStore(db));
        // The Status index only finds documents that store the field: before step 1 this was empty.
        var drafts = verdicts.WithStatus(VerdictStatus.Draft);
        Assert.Equal(["false", "mostly-true"], drafts.Select(v => v.RatingKey).Order());
        Assert.All(drafts, v => Assert.Equal(v.UpdatedAt, v.CreatedAt));
        var article = new ArticleStore(db).Find(1)!;
        Assert.Equal((1, RatingScale.DefaultId), (article.Revision, article.ScaleId));
        Assert.Equal(6, db.Database.GetCollection("spans").Count("$.Status = 'Suggested' AND $.Anchoring = 'Anchored'"));
    }

    [Fact]
    public void Open_WalkingSkeletonFile_KeepsItsDataAndCanSaveOnOldVerdicts()
    {
        using var db = FactCheckDb.OpenFile(CopyOfSkeletonFile());
        var verdicts = new VerdictStore(db, new SettingsStore(db), new ScaleStore(db));
        var old = verdicts.ForSpan(2).Single();

        var saved = verdicts.Save(2, new Actor("casey", Core.Accounts.Role.FactChecker), "true", "Checked again.", old.Version, DateTime.UtcNow);

        Assert.True(saved.Succeeded, saved.Error);
        Assert.Equal("Saved by the walking skeleton.", old.Rationale);
        Assert.Equal(old.Version + 1, saved.Verdict!.Version);
    }

    [Fact]
    public void Migrate_EachStepRunAgain_ChangesNothing()
    {
        using (FactCheckDb.OpenFile(CopyOfSkeletonFile()))
        {
        }
        var before = Snapshot(Path_);

        using (var raw = Raw(Path_))
        {
            foreach (var step in SchemaMigrations.Steps)
                step.Apply(raw);
        }

        Assert.Equal(before, Snapshot(Path_));
    }

    [Fact]
    public void Open_FileMadeAtVersion1_AddsTheVersion2Indexes()
    {
        using (var raw = Raw(CopyOfSkeletonFile()))
            SchemaMigrations.Migrate(raw, targetVersion: 1);
        using (var raw = Raw(Path_))
        {
            Assert.Equal(1, raw.UserVersion);
            Assert.DoesNotContain("verdicts.Checker", Indexes(raw));
        }

        using (var db = FactCheckDb.OpenFile(Path_))
            Assert.Equal(["2: Index verdicts by checker and audit entries by verdict", "3: Add the built-in rating scales"], db.Migrations);

        using var reopened = Raw(Path_);
        Assert.Equal(SchemaMigrations.CurrentVersion, reopened.UserVersion);
        Assert.Contains("verdicts.Checker", Indexes(reopened));
        Assert.Contains("audit.VerdictId", Indexes(reopened));
    }

    [Fact]
    public void Open_FileFromANewerFactCheck_IsRefusedAndLeftAsItIs()
    {
        using (var raw = Raw(Path_))
        {
            raw.GetCollection("verdicts").Insert(new BsonDocument { ["RatingKey"] = "true" });
            raw.UserVersion = 99;
        }

        var error = Assert.Throws<SchemaTooNewException>(() => FactCheckDb.OpenFile(Path_));

        Assert.Equal($"This database has schema version 99, but this FactCheck knows versions up to {SchemaMigrations.CurrentVersion}. " +
            "It was written by a newer FactCheck: run that version, or restore a backup made by this one.", error.Message);
        using var after = Raw(Path_);
        Assert.Equal(99, after.UserVersion);
        Assert.False(after.GetCollection("verdicts").FindAll().Single().ContainsKey("Status"));
    }

    private static List<string> Indexes(LiteDatabase db) =>
        db.GetCollection("$indexes").FindAll().Select(i => $"{i["collection"].AsString}.{i["name"].AsString}").ToList();

    private static string Snapshot(string path)
    {
        using var db = Raw(path);
        return string.Join("\n", db.GetCollectionNames().Order().Select(c =>
            c + ":" + string.Join(",", db.GetCollection(c).FindAll().Select(d => JsonSerializer.Serialize(d)))))
            + "\n" + string.Join(",", Indexes(db).Order()) + "\nversion " + db.UserVersion;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
