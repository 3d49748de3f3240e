using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search.Related;

namespace NewsSearch.Api.Articles;

/// <summary><c>GET /api/v1/articles/{id}/related</c>: the articles most similar to one article.</summary>
public static class RelatedApi
{
    public static IEndpointRouteBuilder MapRelatedApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/articles").WithTags("Articles").RequireCors(CorsPolicies.Reads)
            .MapGet("/{id}/related", Get)
            .CacheOutput(ReadCache.Policy)
            .WithName("GetRelatedArticles")
            .WithSummary("Articles related to an article")
            .WithDescription("The articles most similar to this one by its distinctive words (TF-IDF over its title and body words, " +
                "single characters and numbers left out), most similar first, never the article itself. Each carries sharedTerms: " +
                "the distinctive words it also holds (folded to Simplified), which make up its score.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static Results<Ok<RelatedResponse>, ProblemHttpResult, ValidationProblem> Get(
        string id, [Description("How many related articles, 1 to 20 (default 5).")] int? limit, RelatedArticles related)
    {
        var count = limit ?? RelatedArticles.DefaultLimit;
        var errors = RelatedArticles.Validate(count);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The related-articles request is not valid");
        }

        return id.Length <= ArticleIds.MaxLength * 2 && related.Find(id, count) is { } response
            ? TypedResults.Ok(response)
            : ArticlesApi.NotFound(id);
    }
}
