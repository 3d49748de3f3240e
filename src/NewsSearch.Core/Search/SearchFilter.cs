using NewsSearch.Core.Index;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Search;

/// <summary>
/// A request's filters resolved against a catalog: one bit mask per facet dimension (OR within a
/// dimension), a set of sources and a day range. <see cref="Failures"/> says which dimensions an
/// article fails, which is all drill-sideways counting needs.
/// </summary>
internal sealed class SearchFilter
{
    public const int SourceDimension = 3;
    public const int DateDimension = 4;

    private readonly bool[] _active = new bool[3];
    private readonly ulong[] _masks = new ulong[3];
    private readonly bool[]? _sources;
    private readonly int _fromDay;
    private readonly int _toDay;
    private readonly bool _dated;

    public SearchFilter(SearchRequest request, ArticleCatalog catalog)
    {
        Resolve(FacetDimension.Zone, request.Zones, catalog);
        Resolve(FacetDimension.Country, request.Countries, catalog);
        Resolve(FacetDimension.Sector, request.Sectors, catalog);
        if (request.Sources.Count > 0)
        {
            _sources = new bool[catalog.SourceNames.Length];
            foreach (var source in request.Sources)
            {
                var id = catalog.SourceIdOf(source);
                if (id >= 0)
                {
                    _sources[id] = true;
                }
            }
        }

        _dated = request.From is not null || request.To is not null;
        _fromDay = request.From?.DayNumber ?? int.MinValue + 1;
        _toDay = request.To?.DayNumber ?? int.MaxValue;
        IsEmpty = !_active.Contains(true) && _sources is null && !_dated;
    }

    /// <summary>True when the request filters nothing, so every article passes.</summary>
    public bool IsEmpty { get; }

    /// <summary>True when the request filters on the dimension (facet dimensions 0-2, <see cref="SourceDimension"/>, <see cref="DateDimension"/>).</summary>
    public bool Filters(int dimension) => dimension switch
    {
        < SourceDimension => _active[dimension],
        SourceDimension => _sources is not null,
        _ => _dated,
    };

    /// <summary>The values a facet dimension's filter accepts, one bit each (OR within the dimension).</summary>
    public ulong Accepted(int dimension) => _masks[dimension];

    /// <summary>A bit per failed dimension (facet dimensions 0-2, then source, then date); 0 when the article passes.</summary>
    public int Failures(ArticleCatalog catalog, int slot)
    {
        var failures = 0;
        for (var d = 0; d < 3; d++)
        {
            if (_active[d] && (catalog.Masks[d][slot] & _masks[d]) == 0)
            {
                failures |= 1 << d;
            }
        }

        if (_sources is not null && !AcceptsSource(catalog.Sources[slot]))
        {
            failures |= 1 << SourceDimension;
        }

        if (_dated && !AcceptsDay(catalog.Days[slot]))
        {
            failures |= 1 << DateDimension;
        }

        return failures;
    }

    /// <summary>True when the source filter (if any) accepts a source id (-1: none).</summary>
    public bool AcceptsSource(int source) => _sources is null || (source >= 0 && _sources[source]);

    /// <summary>True when the date filter (if any) accepts a day number (<see cref="ArticleCatalog.NoDate"/>: undated).</summary>
    public bool AcceptsDay(int day) => !_dated || (day != ArticleCatalog.NoDate && day >= _fromDay && day <= _toDay);

    private void Resolve(FacetDimension dimension, IReadOnlyList<string> values, ArticleCatalog catalog)
    {
        if (values.Count == 0)
        {
            return;
        }

        var d = (int)dimension;
        _active[d] = true;
        foreach (var value in values)
        {
            var bit = catalog.BitOf(dimension, value);
            if (bit >= 0)
            {
                _masks[d] |= 1UL << bit;
            }
        }
    }
}
