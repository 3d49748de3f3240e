namespace NewsSearch.Core.Index;

public sealed partial class ArticleCatalog
{
    private const int DigitBits = 16;

    private int[]? _newestRanks;

    /// <summary>
    /// Each slot's place in <see cref="NewestFirst"/> (computed once, on first use): one number that
    /// orders articles by date, for sorting many matches by comparing numbers.
    /// </summary>
    public int[] NewestRanks => LazyInitializer.EnsureInitialized(ref _newestRanks, () =>
    {
        var ranks = new int[NewestFirst.Length];
        for (var rank = 0; rank < ranks.Length; rank++)
        {
            ranks[NewestFirst[rank]] = rank;
        }

        return ranks;
    });

    // Newest day first, undated last, later-indexed first within a day. Sorted for every reader of a
    // large index (after every commit), so as one number per slot (day above key), by radix: a few
    // passes over the slots instead of a comparison sort's log n.
    private static int[] SortNewestFirst(int[] days, long[] keys)
    {
        var order = new int[keys.Length];
        for (var slot = 0; slot < order.Length; slot++)
        {
            order[slot] = slot;
        }

        if (keys.Any(k => k < 0 || k > uint.MaxValue))
        {
            Array.Sort(order, (a, b) => days[a] != days[b] ? days[b].CompareTo(days[a]) : keys[b].CompareTo(keys[a]));
            return order;
        }

        // The day (NoDate lowest) in the high half, the key in the low half; sorted up, then reversed.
        var sortKeys = new ulong[keys.Length];
        for (var slot = 0; slot < sortKeys.Length; slot++)
        {
            sortKeys[slot] = ((ulong)(uint)(days[slot] ^ int.MinValue) << 32) | (uint)keys[slot];
        }

        order = RadixSort(sortKeys, order);
        Array.Reverse(order);
        return order;
    }

    // Least significant digit first; a digit all numbers share is skipped. Returns the items in the
    // numbers' ascending order (numbers are unique here, so stability does not matter for the result).
    private static int[] RadixSort(ulong[] numbers, int[] items)
    {
        var spareNumbers = new ulong[numbers.Length];
        var spareItems = new int[items.Length];
        var starts = new int[1 << DigitBits];
        for (var shift = 0; shift < 64; shift += DigitBits)
        {
            Array.Clear(starts);
            foreach (var number in numbers)
            {
                starts[Digit(number, shift)]++;
            }

            if (numbers.Length == 0 || starts[Digit(numbers[0], shift)] == numbers.Length)
            {
                continue;
            }

            var next = 0;
            for (var digit = 0; digit < starts.Length; digit++)
            {
                (starts[digit], next) = (next, next + starts[digit]);
            }

            for (var i = 0; i < numbers.Length; i++)
            {
                var at = starts[Digit(numbers[i], shift)]++;
                spareNumbers[at] = numbers[i];
                spareItems[at] = items[i];
            }

            (numbers, spareNumbers) = (spareNumbers, numbers);
            (items, spareItems) = (spareItems, items);
        }

        return items;
    }

    private static int Digit(ulong number, int shift) => (int)(number >> shift) & ((1 << DigitBits) - 1);
}
