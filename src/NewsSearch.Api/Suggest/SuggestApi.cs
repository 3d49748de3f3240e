using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search.Suggestions;

namespace NewsSearch.Api.Suggest;

/// <summary><c>GET /api/v1/suggest</c>: completions of what is being typed in the search box.</summary>
public static class SuggestApi
{
    public static IEndpointRouteBuilder MapSuggestApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Search").RequireCors(CorsPolicies.Reads)
            .MapGet("/suggest", Get)
            .CacheOutput(ReadCache.Policy)
            .WithName("Suggest")
            .WithSummary("Complete a prefix")
            .WithDescription("Facet values (zones, partner economies, sectors) with a name starting with the prefix, in Simplified, " +
                "Traditional or English, then words of article titles, each group most articles first. The prefix is folded like a query " +
                "(Traditional and full-width input find Simplified words); facet names come back in the script typed, title words in " +
                "Traditional where ICU's conversion keeps the typed start, else in Simplified. Facet values no article has are left out.");
        return app;
    }

    internal static Results<Ok<SuggestResponse>, ValidationProblem> Get(
        [Description("The start of a word or name, 1 to 64 characters.")] string? prefix,
        [Description("How many suggestions, 1 to 20 (default 8).")] int? limit,
        Suggester suggester)
    {
        var count = limit ?? Suggester.DefaultLimit;
        var errors = Suggester.Validate(prefix, count);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: "The suggestion request is not valid")
            : TypedResults.Ok(suggester.Suggest(prefix!, count));
    }
}
