using LiteDB;

namespace FactCheck.Storage.Schema;

/// One numbered step from schema <see cref="Version"/> - 1 to <see cref="Version"/>. Steps must be
/// idempotent: the version is recorded after the step, so a crash in between runs it again.
internal sealed record SchemaMigration(int Version, string Description, Action<ILiteDatabase> Apply);
