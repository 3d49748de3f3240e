using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Api.Articles;

/// <summary>
/// <c>GET /api/v1/articles/{id}</c> reads an article; <c>POST /api/v1/articles</c> adds or replaces
/// one or many (idempotent); <c>DELETE /api/v1/articles/{id}</c> removes one. Writes need the API
/// key and are rate-limited per client.
/// </summary>
public static class ArticlesApi
{
    /// <summary>Largest request body accepted, in bytes.</summary>
    public const long MaxRequestBytes = 16 * 1024 * 1024;

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var reads = app.MapGroup("/api/v1/articles").WithTags("Articles").RequireCors(CorsPolicies.Reads);
        reads.MapGet("/{id}", Get)
            .WithName("GetArticle")
            .WithSummary("Read an article")
            .WithDescription("The cleaned article with its metadata and tags. With q, also its title and body as HTML with the query's words marked.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reads.MapPost("/content-hashes", Hashes)
            .WithName("GetContentHashes")
            .WithSummary("Content hashes of articles")
            .WithDescription("For a JSON array of ids, the content hash of each article the service holds, so a client can send only what changed. The hash covers url, title, published, source, author and the cleaned body.")
            .Accepts<string[]>("application/json");

        var writes = app.MapGroup("/api/v1/articles").WithTags("Articles")
            .AddEndpointFilter<ApiKeyFilter>()
            .RequireRateLimiting(RateLimits.Writes);
        writes.MapPost("/", Post)
            .WithName("UpsertArticles")
            .WithSummary("Add or replace articles")
            .WithDescription("One article object or an array of them (same fields as a JSON Lines line). Posting the same article again changes nothing.")
            .Accepts<ArticleRecordInput[]>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        writes.MapDelete("/{id}", Delete)
            .WithName("DeleteArticle")
            .WithSummary("Delete an article")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    internal static Results<Ok<ArticleResponse>, ProblemHttpResult, ValidationProblem> Get(
        string id, string? q, IArticleIndex index, SearchService search, FacetVocabulary vocabulary)
    {
        if (q is { Length: > SearchRequest.MaxQueryLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["q"] = [$"The query is {q.Length} characters long; the limit is {SearchRequest.MaxQueryLength}."],
            });
        }

        if (id.Length > ArticleIds.MaxLength * 2 || index.Find(id) is not { } article || index.ReprintGroupOf(id) is not { } group)
        {
            return NotFound(id);
        }

        HighlightedText? highlighted = null;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var parsed = search.Parser.Parse(q);
            highlighted = new HighlightedText(search.Snippets.HighlightAll(article.Title, parsed.TitleHighlights), search.Snippets.HighlightAll(article.Body, parsed.Highlights));
        }

        var heading = ArticleHeading.Of(article);
        return TypedResults.Ok(new ArticleResponse(
            article.Id, article.Url, article.Title, article.Published, article.Source, article.Author, article.Body,
            Tags(article.Tags.Zones, FacetDimension.Zone, vocabulary),
            Tags(article.Tags.Countries, FacetDimension.Country, vocabulary),
            Tags(article.Tags.Sectors, FacetDimension.Sector, vocabulary),
            highlighted,
            group.Group,
            group.Versions.Count,
            heading.Text,
            heading.Derived));
    }

    internal static async Task<Results<Ok<IngestResult>, ValidationProblem, ProblemHttpResult>> Post(
        HttpRequest request, ArticleIngestion ingestion, IOptions<NewsSearchOptions> options, CancellationToken cancellation)
    {
        // Kestrel caps the body too, but a chunked body (or a host without that limit) is capped here.
        using var buffer = new MemoryStream();
        if (request.ContentLength > MaxRequestBytes || !await CopyWithin(request.Body, buffer, MaxRequestBytes, cancellation))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Request too large",
                detail: $"A request body is at most {MaxRequestBytes / (1024 * 1024)} MB; send fewer or shorter articles per request.");
        }

        buffer.Position = 0;
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(buffer, cancellationToken: cancellation);
        }
        catch (JsonException e)
        {
            return Invalid("body", "The request body is not valid JSON: " + e.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            var elements = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object => [root],
                _ => null,
            };
            if (elements is null || elements.Count == 0)
            {
                return Invalid("body", "Send one article object or a non-empty array of them.");
            }

            if (elements.Count > options.Value.MaxBatchSize)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Too many articles",
                    detail: $"A request carries at most {options.Value.MaxBatchSize} articles; this one has {elements.Count}.");
            }

            if (elements.FindIndex(e => e.ValueKind != JsonValueKind.Object) is var bad and >= 0)
            {
                return Invalid("body", $"Item {bad} is not a JSON object.");
            }

            if (InvalidDates(elements, root.ValueKind == JsonValueKind.Array) is { Count: > 0 } dates)
            {
                return TypedResults.ValidationProblem(dates);
            }

            return TypedResults.Ok(ingestion.Ingest([.. elements.Select(ArticleRecord.FromElement)]));
        }
    }

    internal static async Task<Results<Ok<ContentHashes>, ValidationProblem, ProblemHttpResult>> Hashes(
        HttpRequest request, IArticleIndex index, IOptions<NewsSearchOptions> options, CancellationToken cancellation)
    {
        string[]? ids;
        try
        {
            ids = await JsonSerializer.DeserializeAsync<string[]>(request.Body, cancellationToken: cancellation);
        }
        catch (JsonException e)
        {
            // The serializer's message names C# types (System.String[]); say what was expected and where.
            return Invalid("body", $"Send a JSON array of article ids (strings); the body is not one (at {e.Path ?? "$"}).");
        }

        if (ids is null || ids.Any(id => id is null))
        {
            return Invalid("body", "Send a JSON array of article ids.");
        }

        if (ids.Length > options.Value.MaxBatchSize)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Too many ids",
                detail: $"Ask for at most {options.Value.MaxBatchSize} ids at a time; this request has {ids.Length}.");
        }

        return TypedResults.Ok(new ContentHashes(index.ContentHashes(ids.Distinct(StringComparer.Ordinal).ToList())));
    }

    internal static Results<NoContent, ProblemHttpResult> Delete(string id, ArticleIngestion ingestion) =>
        ingestion.Delete(id) ? TypedResults.NoContent() : NotFound(id);

    internal static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Article not found",
        detail: $"There is no article with id '{(id.Length > 140 ? id[..140] + "…" : id)}'.");

    private static async Task<bool> CopyWithin(Stream source, MemoryStream target, long limit, CancellationToken cancellation)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellation)) > 0)
        {
            if (target.Length + read > limit)
            {
                return false;
            }

            target.Write(chunk, 0, read);
        }

        return true;
    }

    // A date that is present but unreadable refuses the whole request: stored without it, the article
    // would silently drop out of every date filter and sort. Absent (or null) stays allowed.
    private static Dictionary<string, string[]> InvalidDates(List<JsonElement> elements, bool array)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < elements.Count; i++)
        {
            if (!elements[i].TryGetProperty("published", out var published) || published.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var name = array ? $"[{i}].published" : "published";
            if (published.ValueKind != JsonValueKind.String)
            {
                errors[name] = [$"The date must be a string, not a JSON {published.ValueKind.ToString().ToLowerInvariant()}."];
            }
            else if (published.GetString() is { } text && !string.IsNullOrWhiteSpace(text) && !DateText.TryParse(text, out _))
            {
                errors[name] = [$"'{(text.Length > 40 ? text[..40] + "…" : text)}' is not a date: use yyyy-MM-dd, ISO 8601, 2021-06-07 16:05:02 or 2022年11月6日."];
            }
        }

        return errors;
    }

    private static ValidationProblem Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] });

    private static List<TagView> Tags(IReadOnlyList<Tag> tags, FacetDimension dimension, FacetVocabulary vocabulary) =>
        tags.Select(t => vocabulary.Find(dimension, t.Id) is { } value
                ? new TagView(t.Id, value.Chinese, value.English, t.Mentions)
                : new TagView(t.Id, t.Id, t.Id, t.Mentions))
            .ToList();
}
