using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Resilience;
using NewsSearch.Client.Serialization;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace NewsSearch.Client;

public sealed partial class NewsSearchClient
{
    private const string ApiKeyHeader = "X-Api-Key";

    private async Task<Answer<T>> SendAsync<T>(
        HttpMethod method, string uri, byte[]? body, JsonTypeInfo<T>? type, bool notFoundIsAnswer, CancellationToken cancellationToken)
    {
        var operation = $"{method} {uri}";
        var (response, attempts) = await ExecuteAsync(method, uri, body, HttpCompletionOption.ResponseContentRead, cancellationToken);
        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return new Answer<T>(true, type is null ? default : await ReadAsync(response, type, operation, cancellationToken));
            }

            if (notFoundIsAnswer && response.StatusCode == HttpStatusCode.NotFound)
            {
                return new Answer<T>(false, default);
            }

            throw await FailureAsync(operation, response, attempts, cancellationToken);
        }
    }

    /// <summary>Sends through the resilience pipeline; with ResponseHeadersRead, the body is left unread for the caller.</summary>
    private async Task<(HttpResponseMessage Response, int Attempts)> ExecuteAsync(
        HttpMethod method, string uri, byte[]? body, HttpCompletionOption completion, CancellationToken cancellationToken,
        Action<HttpRequestMessage>? prepare = null)
    {
        var attempts = 0;
        try
        {
            var response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    Interlocked.Increment(ref attempts);
                    using var request = CreateRequest(method, uri, body);
                    prepare?.Invoke(request);
                    return await _http.SendAsync(request, completion, token);
                },
                cancellationToken);
            return (response, attempts);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException && !cancellationToken.IsCancellationRequested)
        {
            throw Unavailable($"{method} {uri}", attempts, e);
        }
    }

    private async Task<NewsSearchApiException> FailureAsync(string operation, HttpResponseMessage response, int attempts, CancellationToken cancellationToken)
    {
        var problem = await ReadProblemAsync(response, cancellationToken);
        return new NewsSearchApiException(operation, response.StatusCode, problem, RetryAfterHeader.Read(response, _time), attempts);
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string uri, byte[]? body)
    {
        var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") { CharSet = "utf-8" } } };
        }

        if (method != HttpMethod.Get && !string.IsNullOrEmpty(_apiKey))
        {
            request.Headers.Add(ApiKeyHeader, _apiKey);
        }

        return request;
    }

    private NewsSearchUnavailableException Unavailable(string operation, int attempts, Exception cause)
    {
        var where = _http.BaseAddress?.ToString() ?? "the service";
        var tries = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
        var message = cause switch
        {
            BrokenCircuitException broken => $"NewsSearch {operation} was not sent: the circuit breaker is open after repeated failures of {where}" +
                (broken.RetryAfter is { } wait ? $"; it lets a trial call through in {wait.TotalSeconds:0.0} s." : "."),
            TimeoutRejectedException timeout => $"NewsSearch {operation} to {where} timed out after {tries} (limit {timeout.Timeout.TotalSeconds:0.###} s).",
            _ => $"NewsSearch {operation} could not reach {where} after {tries}: {cause.Message}",
        };
        return new NewsSearchUnavailableException(message, attempts, cause);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken)
                ?? throw new JsonException("the body is null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"NewsSearch {operation} answered {(int)response.StatusCode} with a body this client cannot read: {e.Message}", e);
        }
    }

    private static async Task<ApiProblem?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType is not ("application/problem+json" or "application/json"))
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(NewsSearchJsonContext.Wire.ApiProblem, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private readonly record struct Answer<T>(bool Found, T? Value);
}
