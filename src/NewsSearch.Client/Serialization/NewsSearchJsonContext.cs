using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsSearch.Client.Articles;
using NewsSearch.Client.Concordance;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Facets;
using NewsSearch.Client.Search;
using NewsSearch.Client.Suggestions;
using NewsSearch.Client.Terms;
using NewsSearch.Client.Trends;

namespace NewsSearch.Client.Serialization;

/// <summary>Source-generated JSON for the service's contract: camelCase, nulls omitted on write, Chinese sent unescaped.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SearchResults))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(ArticleVersions))]
[JsonSerializable(typeof(FacetCatalog))]
[JsonSerializable(typeof(IReadOnlyList<ArticleInput>))]
[JsonSerializable(typeof(UpsertResult))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(ContentHashes))]
[JsonSerializable(typeof(ApiProblem))]
[JsonSerializable(typeof(RelatedArticles))]
[JsonSerializable(typeof(PivotTable))]
[JsonSerializable(typeof(SuggestResult))]
[JsonSerializable(typeof(ConcordancePage))]
[JsonSerializable(typeof(TrendComparison))]
[JsonSerializable(typeof(SignificantTerms))]
internal sealed partial class NewsSearchJsonContext : JsonSerializerContext
{
    /// <summary>The context used on the wire: like <see cref="JsonSerializerContext"/>'s default but without escaping CJK text.</summary>
    public static NewsSearchJsonContext Wire { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
