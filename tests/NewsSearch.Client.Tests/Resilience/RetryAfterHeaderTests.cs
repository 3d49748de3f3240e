using System.Net;
using NewsSearch.Client.Resilience;

namespace NewsSearch.Client.Tests.Resilience;

public sealed class RetryAfterHeaderTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_DeltaSeconds_ReturnsThem()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "7");

        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterHeader.Read(response, new FixedTime(Now)));
    }

    [Fact]
    public void Read_HttpDate_ReturnsTheWaitUntilThen()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", "Sat, 01 Mar 2025 12:00:05 GMT");

        Assert.Equal(TimeSpan.FromSeconds(5), RetryAfterHeader.Read(response, new FixedTime(Now)));
    }

    [Fact]
    public void Read_DateInThePast_ReturnsZero()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", "Sat, 01 Mar 2025 11:00:00 GMT");

        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(response, new FixedTime(Now)));
    }

    [Fact]
    public void Read_NoHeader_ReturnsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Null(RetryAfterHeader.Read(response, new FixedTime(Now)));
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(413, false)]
    public void IsTransient_StatusCode_MatchesThePolicy(int status, bool transient) =>
        Assert.Equal(transient, TransientFailures.IsTransient((HttpStatusCode)status));
}
