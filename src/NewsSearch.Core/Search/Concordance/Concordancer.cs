using System.Globalization;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Search.Concordance;

/// <summary>
/// Keyword in context: every occurrence of a query's words and phrases in the bodies of the articles
/// a search matches, with the characters around it. Occurrences are found as the snippets find
/// them, on the folded text, and cut from the original text, so a Traditional article is quoted in
/// Traditional for a Simplified query; overlapping matches (a phrase and a word in it, two words
/// across a segmentation boundary) count once. Sorting compares the folded context, so both scripts
/// sort together, by code point.
/// </summary>
public sealed class Concordancer
{
    private readonly SearchService _search;
    private readonly TextFolder _folder;

    /// <summary>Creates a concordancer over the search service, folding as <paramref name="analyzer"/> does (the index's).</summary>
    public Concordancer(SearchService search, Analyzer analyzer)
    {
        _search = search;
        _folder = analyzer.Folder;
    }

    /// <summary>The names of the orders, as the API and the CLI take them.</summary>
    public static IReadOnlyList<string> SortNames { get; } = [.. Enum.GetNames<ConcordanceSort>().Select(n => n.ToLowerInvariant())];

    /// <summary>The order of a name (any case), or null when there is none.</summary>
    public static ConcordanceSort? ParseSort(string? name) =>
        Enum.TryParse<ConcordanceSort>(name, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !char.IsDigit(name![0]) ? sort : null;

    /// <summary>Problems by parameter name (the search's, and width, page, pageSize); empty when the request is valid.</summary>
    public Dictionary<string, string[]> Validate(ConcordanceRequest request, SearchRequestValidator validator)
    {
        var errors = validator.Validate(request.Search with { Page = 1, PageSize = 1 });
        if (request.Width is < ConcordanceRequest.MinWidth or > ConcordanceRequest.MaxWidth)
        {
            errors["width"] = [$"The width must be between {ConcordanceRequest.MinWidth} and {ConcordanceRequest.MaxWidth} characters."];
        }

        if (request.Page < 1)
        {
            errors["page"] = ["The page number starts at 1."];
        }

        if (request.PageSize is < 1 or > ConcordanceRequest.MaxPageSize)
        {
            errors["pageSize"] = [$"The page size must be between 1 and {ConcordanceRequest.MaxPageSize}."];
        }

        if (!errors.ContainsKey("q") && _search.Parser.Parse(request.Search.Query).Highlights.Count == 0)
        {
            errors["q"] = ["A concordance needs words to find: give a query with words or phrases outside title:, source: and NOT."];
        }

        return errors;
    }

    /// <summary>
    /// One page of lines of a validated request, with the totals. In date order, when the engine counts
    /// the occurrences from its index, only the articles on the page are read; else (left and right
    /// orders, which need every line, or highlights the engine cannot count) every matching article is.
    /// </summary>
    public ConcordanceResponse Page(ConcordanceRequest request, CancellationToken cancellationToken = default)
    {
        var query = _search.Parser.Parse(request.Search.Query);
        var set = _search.ReadAll(request.Search with { Sort = SearchSort.Newest });
        if (request.Sort == ConcordanceSort.Date && set.BodyOccurrences(query.Highlights) is { } counts)
        {
            return CountedPage(request, set, query.Highlights, counts, cancellationToken);
        }

        var lines = Lines(request, set, query.Highlights, cancellationToken);
        var skip = (long)(request.Page - 1) * request.PageSize;
        var page = new List<ConcordanceLine>();
        var total = 0;
        foreach (var line in lines.Lines)
        {
            if (total >= skip && page.Count < request.PageSize)
            {
                page.Add(line);
            }

            total++;
        }

        return Response(request, lines.Query, total, lines.Articles, page);
    }

    // Totals from the counts; whole articles before the page's first line are skipped by their
    // counts, and the text is read from the article holding it until the page is full.
    private ConcordanceResponse CountedPage(
        ConcordanceRequest request, ResultSet set, IReadOnlyList<string> highlights, int[] counts, CancellationToken cancellationToken)
    {
        var skip = (long)(request.Page - 1) * request.PageSize;
        var total = 0L;
        var articles = 0;
        var places = new List<int>();
        var skipInFirst = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            if (total + counts[i] > skip && total < skip + request.PageSize)
            {
                if (places.Count == 0)
                {
                    skipInFirst = skip - total;
                }

                places.Add(i);
            }

            total += counts[i];
            articles++;
        }

        var page = set.ArticlesAt(places, cancellationToken)
            .SelectMany(article => Find(article, highlights, request.Width))
            .Skip((int)skipInFirst)
            .Take(request.PageSize)
            .Select(f => f.Line)
            .ToList();
        return Response(request, set.Query, checked((int)total), articles, page);
    }

    private static ConcordanceResponse Response(ConcordanceRequest request, string query, int total, int articles, List<ConcordanceLine> page) =>
        new(query, total, articles, request.Page, request.PageSize, request.Width, request.Sort.ToString().ToLowerInvariant(), page);

    /// <summary>
    /// Every line of a validated request in its order, read as enumerated (page and page size do not
    /// apply). In date order nothing is held but the article being read; left and right orders hold
    /// every line to sort them.
    /// </summary>
    public ConcordanceLines Read(ConcordanceRequest request, CancellationToken cancellationToken = default)
    {
        var query = _search.Parser.Parse(request.Search.Query);
        return Lines(request, _search.ReadAll(request.Search with { Sort = SearchSort.Newest }), query.Highlights, cancellationToken);
    }

    private ConcordanceLines Lines(ConcordanceRequest request, ResultSet set, IReadOnlyList<string> highlights, CancellationToken cancellationToken)
    {
        var lines = new ConcordanceLines(set.Query);
        var found = Find(set, highlights, request.Width, lines, cancellationToken);
        lines.Lines = request.Sort == ConcordanceSort.Date ? found.Select(f => f.Line) : Sorted(found, request.Sort);
        return lines;
    }

    private static IEnumerable<ConcordanceLine> Sorted(IEnumerable<Found> found, ConcordanceSort sort)
    {
        // Ties keep date order (OrderBy is stable).
        var all = found.ToList();
        var ordered = sort == ConcordanceSort.Left
            ? all.OrderBy(f => f.LeftKey, StringComparer.Ordinal).ThenBy(f => f.MatchKey, StringComparer.Ordinal)
            : all.OrderBy(f => f.RightKey, StringComparer.Ordinal).ThenBy(f => f.MatchKey, StringComparer.Ordinal);
        foreach (var f in ordered)
        {
            yield return f.Line;
        }
    }

    private IEnumerable<Found> Find(ResultSet set, IReadOnlyList<string> highlights, int width, ConcordanceLines counts, CancellationToken cancellationToken)
    {
        foreach (var (article, _) in set.Articles(cancellationToken))
        {
            var any = false;
            foreach (var found in Find(article, highlights, width))
            {
                if (!any)
                {
                    counts.Articles++;
                    any = true;
                }

                yield return found;
            }
        }
    }

    // The occurrences in one article's body, in text order: what the totals count, one line each.
    private IEnumerable<Found> Find(Article article, IReadOnlyList<string> highlights, int width)
    {
        var folded = _folder.Fold(article.Body);
        var marks = SnippetBuilder.FindMarks(folded.Text, highlights, mergeTouching: false);
        if (marks.Count == 0)
        {
            yield break;
        }

        var heading = ArticleHeading.Of(article);
        foreach (var (start, end) in marks)
        {
            var from = folded.ToOriginal(start);
            var to = folded.ToOriginal(end);
            var line = new ConcordanceLine(
                article.Id, article.Title, article.Published,
                ContextText.Before(folded.Original, from, width), ContextText.Plain(folded.Original[from..to]), ContextText.After(folded.Original, to, width),
                heading.Text, heading.Derived);
            var leftKey = ContextText.Before(folded.Text, start, width);
            yield return new Found(line, Reversed(leftKey), folded.Text[start..end], ContextText.After(folded.Text, end, width));
        }
    }

    private static string Reversed(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        elements.Reverse();
        return string.Concat(elements);
    }

    private readonly record struct Found(ConcordanceLine Line, string LeftKey, string MatchKey, string RightKey);
}
