using System.Numerics;

namespace FactCheck.Core.Claims;

/// A read-only open-addressing table from 64-bit hashes to values, built once. Keys are kept whole, so a lookup is
/// exact; a probe touches one array and usually one cache line. The hashes are already well mixed (ClaimHash).
internal sealed class HashTable<TValue>
{
    private readonly Entry[] _entries;
    private readonly int _mask;

    /// Builds the table; a key given twice keeps the value combined by <paramref name="merge"/>.
    public HashTable(IEnumerable<KeyValuePair<ulong, TValue>> items, Func<TValue, TValue, TValue> merge, double loadFactor = 0.6)
    {
        var list = items as ICollection<KeyValuePair<ulong, TValue>> ?? items.ToList();
        var capacity = (int)Math.Max(16, BitOperations.RoundUpToPowerOf2((uint)Math.Ceiling(list.Count / loadFactor)));
        _entries = new Entry[capacity];
        _mask = capacity - 1;
        foreach (var (rawKey, value) in list)
        {
            var key = NonZero(rawKey);
            var slot = (int)key & _mask;
            while (_entries[slot].Key != 0 && _entries[slot].Key != key)
                slot = (slot + 1) & _mask;
            _entries[slot].Value = _entries[slot].Key == key ? merge(_entries[slot].Value, value) : value;
            _entries[slot].Key = key;
        }
    }

    public bool TryGetValue(ulong key, out TValue value)
    {
        key = NonZero(key);
        var entries = _entries;
        var slot = (int)key & _mask;
        while (true)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }
            if (entry.Key == 0)
            {
                value = default!;
                return false;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    private struct Entry
    {
        public ulong Key;
        public TValue Value;
    }
}
