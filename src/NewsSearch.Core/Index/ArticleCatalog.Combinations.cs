namespace NewsSearch.Core.Index;

public sealed partial class ArticleCatalog
{
    /// <summary>
    /// Per dimension, each slot's combination: the number of its value mask among
    /// <see cref="CombinationMasks"/>. Articles share few distinct combinations, so facet counting
    /// adds one to its combination per match and spreads the sums over the values once at the end,
    /// instead of adding one per value per match.
    /// </summary>
    public int[][] Combinations { get; }

    /// <summary>Per dimension, the distinct value masks, numbered as in <see cref="Combinations"/>.</summary>
    public ulong[][] CombinationMasks { get; }

    private static (int[][] Combinations, ulong[][] Masks) NumberCombinations(ulong[][] masks)
    {
        var combinations = new int[masks.Length][];
        var distinct = new ulong[masks.Length][];
        for (var d = 0; d < masks.Length; d++)
        {
            var numbers = new Dictionary<ulong, int>();
            var recent = new RecentCombinations();
            var ofSlot = new int[masks[d].Length];
            for (var slot = 0; slot < ofSlot.Length; slot++)
            {
                var mask = masks[d][slot];
                if (!recent.TryGet(mask, out var number))
                {
                    if (!numbers.TryGetValue(mask, out number))
                    {
                        number = numbers.Count;
                        numbers[mask] = number;
                    }

                    recent.Put(mask, number);
                }

                ofSlot[slot] = number;
            }

            combinations[d] = ofSlot;
            distinct[d] = new ulong[numbers.Count];
            foreach (var (mask, number) in numbers)
            {
                distinct[d][number] = mask;
            }
        }

        return (combinations, distinct);
    }

    // The numbers of recently seen masks in a small table indexed by a hash: combinations are few,
    // so most slots find theirs here instead of in the dictionary (rebuilt for every reader).
    private sealed class RecentCombinations
    {
        private const int SizeBits = 10;
        private readonly ulong[] _masks = new ulong[1 << SizeBits];
        private readonly int[] _numbers = Enumerable.Repeat(-1, 1 << SizeBits).ToArray();

        public bool TryGet(ulong mask, out int number)
        {
            var at = At(mask);
            number = _numbers[at];
            return number >= 0 && _masks[at] == mask;
        }

        public void Put(ulong mask, int number)
        {
            var at = At(mask);
            (_masks[at], _numbers[at]) = (mask, number);
        }

        private static int At(ulong mask) => (int)((mask * 0x9E3779B97F4A7C15UL) >> (64 - SizeBits));
    }
}
