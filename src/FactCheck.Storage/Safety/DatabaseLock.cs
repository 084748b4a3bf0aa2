namespace FactCheck.Storage.Safety;

/// An exclusive OS lock on "DATABASE.lock", held for as long as a process has the database open.
/// LiteDB's own file sharing does not stop a second process from opening the same file on Linux (it
/// takes a shared lock only), and two processes writing one file corrupt it. This lock makes the CLI
/// refuse a database the app has open, and the app refuse one a CLI command is restoring. The kernel
/// releases it when the process dies, so a crash never leaves the database locked.
public sealed class DatabaseLock : IDisposable
{
    private readonly FileStream _stream;

    private DatabaseLock(FileStream stream) => _stream = stream;

    public static string PathFor(string databasePath) => Path.GetFullPath(databasePath) + ".lock";

    /// Takes the lock, or throws <see cref="DatabaseInUseException"/> when another process (or another
    /// open database in this process) holds it.
    public static DatabaseLock Acquire(string databasePath)
    {
        var path = PathFor(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None is an exclusive flock() on Unix and a share-mode lock on Windows.
            return new DatabaseLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new DatabaseInUseException(Path.GetFullPath(databasePath), e);
        }
    }

    /// True when some process holds the lock on <paramref name="databasePath"/> right now.
    public static bool IsHeld(string databasePath)
    {
        if (!File.Exists(PathFor(databasePath)))
            return false;
        try
        {
            Acquire(databasePath).Dispose();
            return false;
        }
        catch (DatabaseInUseException)
        {
            return true;
        }
    }

    public void Dispose() => _stream.Dispose();
}
