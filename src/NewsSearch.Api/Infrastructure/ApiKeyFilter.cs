using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsSearch.Api.Infrastructure;

/// <summary>
/// Requires the configured key in <c>X-Api-Key</c>. Both keys are hashed before a fixed-time
/// comparison, so neither their content nor their length leaks through timing. The key is never logged.
/// </summary>
public sealed class ApiKeyFilter(IOptionsMonitor<NewsSearchOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.CurrentValue.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Writes are disabled",
                detail: "This server has no API key configured (NewsSearch:ApiKey), so it accepts no writes.");
        }

        var provided = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (provided.Length == 0 || !Matches(provided, configured))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: $"A valid API key is required in the {HeaderName} header.");
        }

        return await next(context);
    }

    private static bool Matches(string provided, string configured) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(provided)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
}
