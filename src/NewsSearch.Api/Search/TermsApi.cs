using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Terms;

namespace NewsSearch.Api.Search;

/// <summary><c>GET /api/v1/search/terms</c>: the words a result set is about.</summary>
public static class TermsApi
{
    public static IEndpointRouteBuilder MapTermsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/search").WithTags("Search").RequireCors(CorsPolicies.Reads)
            .MapGet("/terms", Get)
            .CacheOutput(ReadCache.Policy)
            .WithName("SearchTerms")
            .WithSummary("Significant words of a result set")
            .WithDescription("The words over-represented in the articles matching the same q, zone, country, sector, source, from, to and collapse as " +
                "/api/v1/search against the whole index, as Elasticsearch's significant_terms scores them by default (JLH): " +
                "score = (fg% - bg%) * fg% / bg%, fg% = foreground / foregroundSize (articles of the set holding the word), bg% = background / backgroundSize " +
                "(articles of the index holding it). Words are the analyzer's dictionary words of title and body, folded to Simplified; single characters, " +
                $"numbers, stop words and words fewer than {SignificantTerms.MinForegroundArticles} articles of the set hold are left out. A set of more than " +
                $"{SignificantTerms.SampleSize} articles is read as an evenly spread sample of {SignificantTerms.SampleSize} (sampled: true), whose counts " +
                "are then estimates.");
        return app;
    }

    internal static Results<Ok<SignificantTermsResponse>, ValidationProblem> Get(
        [AsParameters] TermsParameters parameters, SignificantTerms terms, SearchRequestValidator validator, CancellationToken cancellationToken)
    {
        var request = parameters.ToRequest();
        var errors = parameters.Validate(request, validator);
        foreach (var (name, messages) in SignificantTerms.Validate(parameters.Count))
        {
            errors.TryAdd(name, messages);
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: "The terms request is not valid")
            : TypedResults.Ok(terms.Find(request, parameters.Count, cancellationToken));
    }
}
