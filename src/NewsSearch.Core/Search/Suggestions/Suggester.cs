using System.Numerics;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Index;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Search.Suggestions;

/// <summary>
/// Completes what a user is typing into facet values (by any of their names, Simplified,
/// Traditional or English) and title words (from the index's vocabulary). The prefix is folded as
/// queries are, so Traditional or full-width input finds Simplified words; facet names are shown
/// in the script typed, and so are words where ICU's Simplified-to-Traditional conversion allows. Thread-safe.
/// </summary>
public sealed class Suggester
{
    /// <summary>Suggestions returned when the caller does not say.</summary>
    public const int DefaultLimit = 8;

    /// <summary>Most suggestions returned.</summary>
    public const int MaxLimit = 20;

    /// <summary>Longest prefix accepted, in characters.</summary>
    public const int MaxPrefixLength = 64;

    private readonly IArticleIndex _index;
    private readonly TextFolder _folder;
    private readonly SearchService _search;
    private readonly FacetNames _names;
    private readonly ChineseScriptConverter _script;
    private CountsAt? _counts;

    /// <summary>Creates the suggester.</summary>
    /// <param name="index">The engine, for title words.</param>
    /// <param name="analyzer">The analyzer the index was built with, for folding.</param>
    /// <param name="vocabulary">The facet names.</param>
    /// <param name="search">The search service, whose catalog gives the facet counts.</param>
    public Suggester(IArticleIndex index, Analyzer analyzer, FacetVocabulary vocabulary, SearchService search)
    {
        _index = index;
        _folder = analyzer.Folder;
        _script = analyzer.Script;
        _search = search;
        _names = new FacetNames(vocabulary, analyzer.Folder);
    }

    /// <summary>Problems by parameter name (<c>prefix</c>, <c>limit</c>); empty when the request is valid.</summary>
    public static Dictionary<string, string[]> Validate(string? prefix, int limit)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(prefix))
        {
            errors["prefix"] = ["Give the start of a word or name to complete."];
        }
        else if (prefix.Length > MaxPrefixLength)
        {
            errors["prefix"] = [$"The prefix is {prefix.Length} characters long; the limit is {MaxPrefixLength}."];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"The limit must be between 1 and {MaxLimit}."];
        }

        return errors;
    }

    /// <summary>Completions of a validated prefix (see <see cref="Validate"/>): facet values, then title words.</summary>
    public SuggestResponse Suggest(string prefix, int limit = DefaultLimit)
    {
        var folded = _folder.FoldToString(prefix).Trim();
        var literal = FacetNames.Literal(prefix).Trim();
        var suggestions = new List<Suggestion>();
        if (folded.Length == 0)
        {
            return new SuggestResponse(prefix, suggestions);
        }

        var counts = FacetCounts();
        suggestions.AddRange(_names.Matching(folded, literal)
            .Select(m => new Suggestion(m.Text, (SuggestionKind)((int)m.Value.Dimension + 1), m.Value.Id,
                counts[(int)m.Value.Dimension].GetValueOrDefault(m.Value.Id)))
            .Where(s => s.Count > 0)
            .OrderByDescending(s => s.Count).ThenBy(s => s.Kind).ThenBy(s => s.Value, StringComparer.Ordinal)
            .Take(limit));

        var shown = suggestions.Select(s => _folder.FoldToString(s.Text)).ToHashSet(StringComparer.Ordinal);
        // A single character completes nothing (相 for 相): it is offered only as part of a facet name.
        // At most one such word starts with the prefix, hence one more asked for.
        foreach (var word in _index.TitleWordsStartingWith(folded, limit + 1))
        {
            if (suggestions.Count < limit && new System.Globalization.StringInfo(word.Word).LengthInTextElements >= 2 && shown.Add(word.Word))
            {
                suggestions.Add(new Suggestion(WordText(word.Word, literal), SuggestionKind.Word, null, word.Articles));
            }
        }

        return new SuggestResponse(prefix, suggestions);
    }

    // A word typed in Traditional script is shown in Traditional when ICU's conversion still starts as typed.
    private string WordText(string word, string literal)
    {
        if (_script.ToSimplified(literal) == literal)
        {
            return word;
        }

        var traditional = _script.ToTraditional(word);
        return FacetNames.Literal(traditional).StartsWith(literal, StringComparison.Ordinal) ? traditional : word;
    }

    // Articles per facet value, counted once per catalog generation.
    private Dictionary<string, int>[] FacetCounts()
    {
        var catalog = _search.CurrentCatalog();
        if (_counts is { } cached && cached.Generation == catalog.Generation)
        {
            return cached.ByValue;
        }

        var byValue = new Dictionary<string, int>[catalog.ValueNames.Length];
        for (var d = 0; d < byValue.Length; d++)
        {
            var counts = new int[catalog.ValueNames[d].Length];
            foreach (var mask in catalog.Masks[d])
            {
                for (var bits = mask; bits != 0; bits &= bits - 1)
                {
                    counts[BitOperations.TrailingZeroCount(bits)]++;
                }
            }

            byValue[d] = catalog.ValueNames[d].Select((name, bit) => (name, bit)).ToDictionary(p => p.name, p => counts[p.bit], StringComparer.Ordinal);
        }

        _counts = new CountsAt(catalog.Generation, byValue);
        return byValue;
    }

    private sealed record CountsAt(long Generation, Dictionary<string, int>[] ByValue);
}
