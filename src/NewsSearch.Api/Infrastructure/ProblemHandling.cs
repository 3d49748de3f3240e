using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using NewsSearch.Core.Index;

namespace NewsSearch.Api.Infrastructure;

/// <summary>
/// Every non-2xx response is an RFC 7807 problem: exceptions (never with a stack trace), bad
/// requests the framework rejects (a parameter that does not parse is named as the API spells it, under <c>errors</c>, as the endpoints' own checks do) and bare
/// status codes such as 404 for an unknown route.
/// </summary>
public static class ProblemHandling
{
    public static IServiceCollection AddNewsSearchProblems(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Status = bad.StatusCode;
                if (BindingProblems.ErrorsOf(bad) is { } errors)
                {
                    context.ProblemDetails.Title = "One or more validation errors occurred.";
                    context.ProblemDetails.Extensions["errors"] = errors;
                }
                else
                {
                    context.ProblemDetails.Detail = bad.Message;
                }
            }
            else if (context.Exception is IndexUnavailableException unavailable)
            {
                // Nothing was written: the client may send the same request again after the wait.
                context.ProblemDetails.Status = StatusCodes.Status503ServiceUnavailable;
                context.ProblemDetails.Title = "The index cannot take writes now";
                context.ProblemDetails.Detail = "No database primary is reachable; searches still work. Send the same request again later.";
                SetRetryAfter(context.HttpContext, unavailable.RetryAfter);
            }
            else if (context.Exception is SegmenterMismatchException mismatch)
            {
                // Searches go on with the segmenter the index records; only writes would mix two.
                context.ProblemDetails.Status = StatusCodes.Status409Conflict;
                context.ProblemDetails.Title = "The index was built with another segmenter";
                context.ProblemDetails.Detail = mismatch.Message;
            }
            else if (context.Exception is IndexStorageFullException)
            {
                // The request's batch was rolled back whole; searches go on from the last commit.
                context.ProblemDetails.Status = StatusCodes.Status507InsufficientStorage;
                context.ProblemDetails.Title = "The disk holding the index is full";
                context.ProblemDetails.Detail = "Nothing of this request was written; searches still work. Send the same request again once the operator has freed space.";
            }
            else if (context.Exception is DbException { IsTransient: true })
            {
                context.ProblemDetails.Status = StatusCodes.Status503ServiceUnavailable;
                context.ProblemDetails.Title = "The index is unreachable";
                context.ProblemDetails.Detail = "No database host answers now. Try again later.";
                SetRetryAfter(context.HttpContext, IndexUnavailableException.DefaultRetryAfter);
            }
        });

    private static void SetRetryAfter(HttpContext context, TimeSpan wait) =>
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static WebApplication UseNewsSearchProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                IndexUnavailableException or DbException { IsTransient: true } => StatusCodes.Status503ServiceUnavailable,
                SegmenterMismatchException => StatusCodes.Status409Conflict,
                IndexStorageFullException => StatusCodes.Status507InsufficientStorage,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        return app;
    }
}
