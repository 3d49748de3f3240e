using System.Text.Json;

namespace NewsSearch.Core.Taxonomy;

/// <summary>
/// An article with the facet values a careful reader gave it, for measuring the tagger
/// (<c>bench/tagging/judged.jsonl</c>: one JSON object a line with <c>id</c>, <c>title</c>, <c>body</c>,
/// <c>zones</c>, <c>countries</c>, <c>sectors</c> and an optional <c>note</c>).
/// </summary>
/// <param name="Id">The article's id in the set.</param>
/// <param name="Title">Its title, possibly empty.</param>
/// <param name="Body">Its text.</param>
/// <param name="Zones">Judged zone ids, the most specific ones (parents are implied).</param>
/// <param name="Countries">Judged partner ids.</param>
/// <param name="Sectors">Judged sector ids, the most specific ones (parents are implied).</param>
public sealed record JudgedArticle(
    string Id, string Title, string Body, IReadOnlyList<string> Zones, IReadOnlyList<string> Countries, IReadOnlyList<string> Sectors)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The judged ids of one dimension.</summary>
    public IReadOnlyList<string> Of(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Zone => Zones,
        FacetDimension.Country => Countries,
        FacetDimension.Sector => Sectors,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>Reads a JSON Lines file of judged articles; blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is not a judged article; the message names the line.</exception>
    public static IReadOnlyList<JudgedArticle> ReadAll(string path)
    {
        var articles = new List<JudgedArticle>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                articles.Add(JsonSerializer.Deserialize<JudgedArticle>(line, Options)
                    ?? throw new FormatException("null"));
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{number}: not a judged article: {e.Message}", e);
            }
        }

        return articles;
    }
}
