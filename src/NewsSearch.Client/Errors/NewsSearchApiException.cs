using System.Net;
using System.Text;

namespace NewsSearch.Client.Errors;

/// <summary>The service answered with an error status: a bad request, a missing API key, a rate limit, or a server error that persisted through the retries.</summary>
public sealed class NewsSearchApiException : NewsSearchException
{
    /// <summary>Creates the exception for the answer to <paramref name="operation"/>.</summary>
    /// <param name="operation">The request, e.g. <c>GET api/v1/search</c>.</param>
    /// <param name="statusCode">The status code of the last answer.</param>
    /// <param name="problem">The problem body, when the service sent one.</param>
    /// <param name="retryAfter">How long the service asked the client to wait, if it did.</param>
    /// <param name="attempts">Requests sent for the call, retries included.</param>
    public NewsSearchApiException(string operation, HttpStatusCode statusCode, ApiProblem? problem, TimeSpan? retryAfter, int attempts)
        : base(Describe(operation, statusCode, problem, attempts), attempts, null)
    {
        StatusCode = statusCode;
        Problem = problem;
        RetryAfter = retryAfter;
    }

    /// <summary>The status code of the last answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The problem the service described, or null when its answer had no problem body.</summary>
    public ApiProblem? Problem { get; }

    /// <summary>For 429 and 503: how long the service asked the client to wait (its Retry-After header).</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Describe(string operation, HttpStatusCode statusCode, ApiProblem? problem, int attempts)
    {
        var text = new StringBuilder()
            .Append("NewsSearch ").Append(operation).Append(" failed with ")
            .Append((int)statusCode).Append(' ').Append(statusCode);
        if (attempts > 1)
        {
            text.Append(" after ").Append(attempts).Append(" attempts");
        }

        if (problem?.Title is { Length: > 0 } title)
        {
            text.Append(": ").Append(title);
        }

        if (problem?.Detail is { Length: > 0 } detail)
        {
            text.Append(problem.Title is { Length: > 0 } ? " - " : ": ").Append(detail);
        }

        foreach (var (parameter, messages) in problem?.Errors ?? new Dictionary<string, string[]>())
        {
            text.Append(Environment.NewLine).Append("  ").Append(parameter).Append(": ").AppendJoin(" ", messages);
        }

        return text.ToString();
    }
}
