using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Articles;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Index;
using NewsSearch.Core.Reprints;

namespace NewsSearch.Api.Reprints;

/// <summary><c>GET /api/v1/articles/{id}/versions</c>: every version of a story (the expansion of a grouped hit).</summary>
public static class ReprintsApi
{
    public static IEndpointRouteBuilder MapReprintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/articles").WithTags("Articles").RequireCors(CorsPolicies.Reads);
        api.MapGet("/{id}/versions", Versions)
            .WithName("GetArticleVersions")
            .WithSummary("Every version of an article's story")
            .WithDescription("The article's reprint group: the articles found at index time to be the same story (same body text after " +
                "Traditional→Simplified folding, whatever the title, furniture or site), oldest first, the article itself included. " +
                "An article without reprints is a group of one.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static Results<Ok<ReprintGroup>, ProblemHttpResult> Versions(string id, IArticleIndex index) =>
        id.Length <= ArticleIds.MaxLength * 2 && index.ReprintGroupOf(id) is { } group
            ? TypedResults.Ok(group.WithHeadings(index.Find))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Article not found",
                detail: $"There is no article with id '{(id.Length > 140 ? id[..140] + "…" : id)}'.");
}
