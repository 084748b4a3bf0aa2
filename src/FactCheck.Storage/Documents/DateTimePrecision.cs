namespace FactCheck.Storage.Documents;

internal static class DateTimePrecision
{
    /// LiteDB keeps dates to the millisecond; truncating before storing means what a store returns
    /// after a save equals what it reads back later.
    public static DateTime ToStoredPrecision(this DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }
}
