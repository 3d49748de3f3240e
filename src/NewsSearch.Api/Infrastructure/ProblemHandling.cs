using Microsoft.AspNetCore.Diagnostics;

namespace NewsSearch.Api.Infrastructure;

/// <summary>
/// Every non-2xx response is an RFC 7807 problem: exceptions (never with a stack trace), bad
/// requests the framework rejects (with the reason it gives, which names the parameter) and bare
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
                context.ProblemDetails.Detail = bad.Message;
            }
        });

    public static WebApplication UseNewsSearchProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }
}
