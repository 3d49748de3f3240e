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
            var ofSlot = new int[masks[d].Length];
            for (var slot = 0; slot < ofSlot.Length; slot++)
            {
                var mask = masks[d][slot];
                if (!numbers.TryGetValue(mask, out var number))
                {
                    number = numbers.Count;
                    numbers[mask] = number;
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
}
