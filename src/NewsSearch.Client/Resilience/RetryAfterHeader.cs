namespace NewsSearch.Client.Resilience;

/// <summary>Reads a Retry-After header, in delta-seconds or as an HTTP date.</summary>
internal static class RetryAfterHeader
{
    /// <summary>The wait the response asks for, never negative; null when it asks for none.</summary>
    public static TimeSpan? Read(HttpResponseMessage? response, TimeProvider time)
    {
        if (response?.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
