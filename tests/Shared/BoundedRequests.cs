namespace NewsSearch.Tests.Shared;

/// <summary>
/// Gives every request of an <see cref="HttpClient"/> a limit, and fails one that outlasts it with a
/// message naming the request (HttpClient's own timeout names neither the method nor the URL).
/// </summary>
/// <param name="limit">How long a request may take until its response headers arrive.</param>
public sealed class BoundedRequests(TimeSpan limit) : DelegatingHandler
{
    /// <summary>The limit for requests to a service the tests run on this machine.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A client that sends through <paramref name="inner"/> (a socket handler when null), bounded by
    /// <paramref name="limit"/>; the client's own timeout, a little longer, bounds reading a buffered body.
    /// </summary>
    public static HttpClient Client(Uri baseAddress, TimeSpan? limit = null, HttpMessageHandler? inner = null)
    {
        var bound = limit ?? DefaultLimit;
        return new HttpClient(new BoundedRequests(bound) { InnerHandler = inner ?? new SocketsHttpHandler() })
        {
            BaseAddress = baseAddress,
            Timeout = bound + TimeSpan.FromSeconds(10),
        };
    }

    /// <inheritdoc />
    /// <remarks>
    /// The request is raced against the limit rather than only cancelled at it: the in-memory test
    /// server does not end a request whose handler is stuck when the client cancels it.
    /// </remarks>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var send = base.SendAsync(request, abandon.Token);
        using (var timer = new CancellationTokenSource())
        {
            if (await Task.WhenAny(send, Task.Delay(limit, timer.Token)).ConfigureAwait(false) == send)
            {
                await timer.CancelAsync().ConfigureAwait(false);
                return await send.ConfigureAwait(false);
            }
        }

        await abandon.CancelAsync().ConfigureAwait(false);
        throw new TimeoutException($"{request.Method} {request.RequestUri} had no response within {limit.TotalSeconds:0.#} s");
    }
}
