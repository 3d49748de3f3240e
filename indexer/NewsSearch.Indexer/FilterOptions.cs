using System.CommandLine;
using NewsSearch.Core.Search;

namespace NewsSearch.Indexer;

/// <summary>The facet, source and date filters of the commands that search (as on the HTTP API).</summary>
internal sealed class FilterOptions
{
    private readonly Option<string[]> _zone = new("--zone") { Description = "Zone id (repeatable)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _country = new("--country") { Description = "Partner country id (repeatable)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _sector = new("--sector") { Description = "Sector id (repeatable)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _source = new("--source") { Description = "Source name (repeatable)" };
    private readonly Option<DateOnly?> _from = new("--from") { Description = "Earliest date, yyyy-MM-dd" };
    private readonly Option<DateOnly?> _to = new("--to") { Description = "Latest date, yyyy-MM-dd" };
    private readonly Option<bool> _allVersions = new("--all-versions") { Description = "Every version of a republished story (collapse=false) instead of one per story" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _zone, _country, _sector, _source, _from, _to, _allVersions })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>A request for <paramref name="query"/> with the filters given on the command line.</summary>
    public SearchRequest Request(ParseResult parse, string? query) => new()
    {
        Query = query,
        Zones = parse.GetValue(_zone) ?? [],
        Countries = parse.GetValue(_country) ?? [],
        Sectors = parse.GetValue(_sector) ?? [],
        Sources = parse.GetValue(_source) ?? [],
        From = parse.GetValue(_from),
        To = parse.GetValue(_to),
        Collapse = !parse.GetValue(_allVersions),
    };
}
