using System.Globalization;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Search;

/// <summary>Checks a request before it runs; every problem names the parameter it concerns.</summary>
public sealed class SearchRequestValidator
{
    private readonly FacetVocabulary _vocabulary;
    private readonly Func<string, string> _whereListed;

    /// <summary>Creates a validator that knows the facet ids of <paramref name="vocabulary"/>.</summary>
    public SearchRequestValidator(FacetVocabulary vocabulary) : this(vocabulary, _ => "The valid ids are listed at /api/v1/facets.")
    {
    }

    /// <summary>
    /// A validator whose unknown-id messages end with <paramref name="whereListed"/> for the parameter
    /// (zone, country, sector): the API points to its facets endpoint, the CLI to its own command.
    /// </summary>
    public SearchRequestValidator(FacetVocabulary vocabulary, Func<string, string> whereListed)
    {
        _vocabulary = vocabulary;
        _whereListed = whereListed;
    }

    /// <summary>Problems by parameter name (<c>q</c>, <c>zone</c>, <c>page</c>...); empty when the request is valid.</summary>
    public Dictionary<string, string[]> Validate(SearchRequest request)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string parameter, string message)
        {
            if (!errors.TryGetValue(parameter, out var list))
            {
                errors[parameter] = list = [];
            }

            list.Add(message);
        }

        if (request.Query is { Length: > SearchRequest.MaxQueryLength } query)
        {
            Add("q", $"The query is {query.Length} characters long; the limit is {SearchRequest.MaxQueryLength}.");
        }

        if (request.Page < 1)
        {
            Add("page", "The page number starts at 1.");
        }

        if (request.PageSize is < 1 or > SearchRequest.MaxPageSize)
        {
            Add("pageSize", $"The page size must be between 1 and {SearchRequest.MaxPageSize}.");
        }
        else if (request.Page >= 1 && (long)request.Page * request.PageSize > SearchRequest.ResultsWindow)
        {
            Add("page", string.Create(CultureInfo.InvariantCulture,
                $"Page {request.Page} of {request.PageSize} goes beyond the first {SearchRequest.ResultsWindow:N0} results; narrow the search with filters instead."));
        }

        CheckIds(FacetDimension.Zone, "zone", request.Zones, Add);
        CheckIds(FacetDimension.Country, "country", request.Countries, Add);
        CheckIds(FacetDimension.Sector, "sector", request.Sectors, Add);

        if (request.From is { } from && request.To is { } to && from > to)
        {
            Add("from", $"The start date {from:yyyy-MM-dd} is after the end date {to:yyyy-MM-dd}.");
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private void CheckIds(FacetDimension dimension, string parameter, IReadOnlyList<string> ids, Action<string, string> add)
    {
        foreach (var id in ids.Distinct())
        {
            if (_vocabulary.Find(dimension, id) is null)
            {
                var shown = id.Length > 40 ? id[..40] + "…" : id;
                add(parameter, $"Unknown {parameter} '{shown}'. {_whereListed(parameter)}");
            }
        }
    }
}
