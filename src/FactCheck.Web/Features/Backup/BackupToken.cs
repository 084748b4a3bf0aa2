using System.Security.Cryptography;

namespace FactCheck.Web.Features.Backup;

/// A random secret made at each start and written only into the owner-readable running-app file next to
/// the database, so `factcheck backup --db` on this machine can ask the running app for a backup without
/// a password: whoever can read that file can read the database file itself anyway.
public sealed class BackupToken
{
    public const string Header = "X-FactCheck-Backup-Token";

    public string Value { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(presented), System.Text.Encoding.ASCII.GetBytes(Value));
}
