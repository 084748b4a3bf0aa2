using FactCheck.Storage.Safety;

namespace FactCheck.Storage.Tests.Safety;

public class DatabaseLockTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    [Fact]
    public void OpenFile_DatabaseAlreadyOpen_IsRefusedWithAClearMessage()
    {
        var error = Assert.Throws<DatabaseInUseException>(() => FactCheckDb.OpenFile(_temp.Path));

        Assert.StartsWith($"The database {_temp.Path} is in use by another process", error.Message);
        Assert.True(DatabaseLock.IsHeld(_temp.Path));
    }

    [Fact]
    public void Dispose_ReleasesTheDatabaseForTheNextProcess()
    {
        _temp.Db.Dispose();

        Assert.False(DatabaseLock.IsHeld(_temp.Path));
        using var reopened = FactCheckDb.OpenFile(_temp.Path);
        Assert.True(DatabaseLock.IsHeld(_temp.Path));
    }

    public void Dispose() => _temp.Dispose();
}
