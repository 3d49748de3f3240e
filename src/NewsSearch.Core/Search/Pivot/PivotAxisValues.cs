using System.Globalization;
using System.Numerics;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search.Pivot;

/// <summary>Reads one axis's values of a catalog slot as small integers (a facet bit, or a year).</summary>
internal sealed class PivotAxisValues(ArticleCatalog catalog, PivotAxis axis)
{
    public PivotAxis Axis => axis;

    /// <summary>Fills <paramref name="values"/> with the slot's values on this axis.</summary>
    public void Read(int slot, List<int> values)
    {
        values.Clear();
        if (axis == PivotAxis.Year)
        {
            if (catalog.Years[slot] != 0)
            {
                values.Add(catalog.Years[slot]);
            }

            return;
        }

        var mask = catalog.Masks[(int)axis][slot];
        while (mask != 0)
        {
            values.Add(BitOperations.TrailingZeroCount(mask));
            mask &= mask - 1;
        }
    }

    /// <summary>The value id behind a small integer.</summary>
    public string Id(int value) => axis == PivotAxis.Year
        ? value.ToString(CultureInfo.InvariantCulture)
        : catalog.ValueNames[(int)axis][value];
}
