using System.Numerics;

namespace FactCheck.Core.Claims;

/// The word and word-pair weights, packed for lookup speed: each slot is one 64-bit word holding a 32-bit fingerprint
/// of the key (its high half) and the float weight. With the slot index taken from the low bits, a wrong match needs
/// two keys that agree on about 47 bits, which the model's few ten thousand keys make vanishingly rare. The table
/// (8 bytes a slot, at most 70% full) stays small enough for the CPU's cache, which is what bounds scoring speed.
internal sealed class WeightTable
{
    private const double LoadFactor = 0.7;

    private readonly ulong[] _slots;
    private readonly int _mask;

    /// Builds the table; weights of equal keys add up.
    public WeightTable(IReadOnlyCollection<(ulong Key, float Weight)> items)
    {
        var capacity = (int)Math.Max(16, BitOperations.RoundUpToPowerOf2((uint)Math.Ceiling(items.Count / LoadFactor)));
        _slots = new ulong[capacity];
        _mask = capacity - 1;
        foreach (var (key, weight) in items)
        {
            var fingerprint = Fingerprint(key);
            var slot = (int)key & _mask;
            while (_slots[slot] != 0 && (uint)(_slots[slot] >> 32) != fingerprint)
                slot = (slot + 1) & _mask;
            var sum = _slots[slot] == 0 ? weight : BitConverter.Int32BitsToSingle((int)_slots[slot]) + weight;
            _slots[slot] = ((ulong)fingerprint << 32) | (uint)BitConverter.SingleToInt32Bits(sum);
        }
    }

    /// The weight of <paramref name="key"/>, or 0.
    public float this[ulong key]
    {
        get
        {
            var fingerprint = Fingerprint(key);
            var slots = _slots;
            var slot = (int)key & _mask;
            while (true)
            {
                var entry = slots[slot];
                if (entry == 0)
                    return 0;
                if ((uint)(entry >> 32) == fingerprint)
                    return BitConverter.Int32BitsToSingle((int)entry);
                slot = (slot + 1) & _mask;
            }
        }
    }

    private static uint Fingerprint(ulong key) => Math.Max(1u, (uint)(key >> 32));
}
