using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Feeds;

/// <summary>
/// <c>GET /api/v1/search/feed</c>: a search's newest articles as an Atom feed, for feed readers.
/// Conditional requests are answered by the file result (If-None-Match first, then
/// If-Modified-Since, as RFC 9110 orders them): a reader polling an unchanged feed gets a 304.
/// </summary>
public static class FeedApi
{
    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/search").WithTags("Search").RequireCors(CorsPolicies.Reads)
            .MapGet("/feed", Get)
            .WithName("SearchFeed")
            .WithSummary("Atom feed of a search")
            .WithDescription($"The {AtomFeed.MaxEntries} newest dated articles matching the same q, zone, country, sector, source, from, to and collapse " +
                "as /api/v1/search, as an Atom 1.0 feed: per entry its heading as title, a link to its page on the web site, published and updated " +
                "(its publication day at 00:00+08:00) and the search's snippet as HTML summary. Entry ids are urn:newssearch:article:{id}, the same " +
                "in every feed. ETag is a hash of the feed; Last-Modified is when the service first saw the index as it is; If-None-Match or " +
                "If-Modified-Since on an unchanged feed answers 304 without a body.")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified);
        return app;
    }

    internal static Results<FileContentHttpResult, ValidationProblem> Get(
        [AsParameters] FeedParameters parameters, HttpRequest httpRequest, SearchService search, SearchRequestValidator validator, FeedClock clock)
    {
        var request = parameters.ToRequest();
        var errors = parameters.Validate(request, validator);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The feed request is not valid");
        }

        // Read before searching: an index that changes during the search then yields a later date next time, never an earlier one.
        var lastModified = clock.LastModified();
        var response = search.Search(request);
        var dated = response.Hits.Where(h => h.Published is not null).ToList(); // undated articles sort last and Atom needs a date
        var links = FeedLinks.For(httpRequest, parameters);
        var bytes = AtomFeed.Write(dated, links, Title(parameters));
        var tag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes).AsSpan(0, 18))
            .Replace('+', '-').Replace('/', '_') + "\"");
        return TypedResults.Bytes(bytes, AtomFeed.ContentType, lastModified: lastModified, entityTag: tag);
    }

    private static string Title(FeedParameters parameters)
    {
        var filters = new[] { parameters.Zone, parameters.Country, parameters.Sector, parameters.Source }
            .SelectMany(v => v ?? []).Where(v => v.Length > 0).ToList();
        if (parameters.From is { } from)
        {
            filters.Add("≥ " + from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (parameters.To is { } to)
        {
            filters.Add("≤ " + to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var what = string.IsNullOrWhiteSpace(parameters.Q) ? "newest articles" : parameters.Q.Trim();
        return "NewsSearch: " + what + (filters.Count > 0 ? " (" + string.Join(", ", filters) + ")" : "");
    }
}
