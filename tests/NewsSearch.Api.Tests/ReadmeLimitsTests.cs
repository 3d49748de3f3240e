using System.Globalization;
using NewsSearch.Api.Articles;
using NewsSearch.Api.Feeds;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Concordance;
using NewsSearch.Core.Search.Terms;
using NewsSearch.Core.Search.Trends;
using NewsSearch.Core.Search.Related;
using NewsSearch.Core.Search.Suggestions;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The README's table of the limits a client can hit states the values the service enforces: a
/// limit changed in the code and not in the README fails here. (The limits' behaviour is tested by
/// the endpoint tests: ErrorResponseTests, WriteEndpointTests, SuggestEndpointTests, RelatedEndpointTests.)
/// </summary>
public sealed class ReadmeLimitsTests
{
    private static readonly string[] Rows = File.ReadAllLines(Path.Combine(NewsSearchApplication.RepositoryRoot, "README.md"))
        .SkipWhile(l => l != "### Limits a client can hit").TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.StartsWith('|')).ToArray();

    public static TheoryData<string, string> Limits => new()
    {
        { "query `q`", $"{SearchRequest.MaxQueryLength} characters" },
        { "`pageSize`", $"1 to {SearchRequest.MaxPageSize} (default {SearchRequest.DefaultPageSize})" },
        { "`page` × `pageSize`", $"the first {SearchRequest.ResultsWindow.ToString("N0", CultureInfo.InvariantCulture)} results" },
        { "concordance `width`", $"{ConcordanceRequest.MinWidth} to {ConcordanceRequest.MaxWidth} characters (default {ConcordanceRequest.DefaultWidth})" },
        { "concordance `pageSize`", $"1 to {ConcordanceRequest.MaxPageSize} (default {ConcordanceRequest.DefaultPageSize})" },
        { "terms `limit`", $"1 to {SignificantTerms.MaxLimit} (default {SignificantTerms.DefaultLimit})" },
        { "terms sample", $"result sets over {SignificantTerms.SampleSize.ToString("N0", CultureInfo.InvariantCulture)} articles are counted in an even sample of {SignificantTerms.SampleSize.ToString("N0", CultureInfo.InvariantCulture)}" },
        { "trends `q`", $"{SearchTrends.MinQueries} to {SearchTrends.MaxQueries} queries, none empty, each {SearchRequest.MaxQueryLength} characters at most" },
        { "feed entries", $"the {AtomFeed.MaxEntries} newest dated articles" },
        { "suggest `prefix`", $"1 to {Suggester.MaxPrefixLength} characters" },
        { "suggest and related `limit`", $"1 to {Suggester.MaxLimit} (defaults {Suggester.DefaultLimit} and {RelatedArticles.DefaultLimit})" },
        { "article id", $"1 to {ArticleIds.MaxLength} letters" },
        { "articles per POST", $"{new NewsSearchOptions().MaxBatchSize.ToString("N0", CultureInfo.InvariantCulture)} (`MaxBatchSize`)" },
        { "POST body", $"{ArticlesApi.MaxRequestBytes / (1024 * 1024)} MB" },
        { "writes (POST, DELETE)", $"{NewsSearchOptions.DefaultWritesPerMinute} per client address per minute" },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void TheReadmeStatesTheLimitTheServiceEnforces(string limit, string value)
    {
        var row = Assert.Single(Rows, r => r.StartsWith("| " + limit, StringComparison.Ordinal));

        Assert.Contains(value, row, StringComparison.Ordinal);
    }

    [Fact]
    public void RelatedAndSuggestShareTheirLargestLimit() => Assert.Equal(Suggester.MaxLimit, RelatedArticles.MaxLimit); // one row states both
}
