using System.Text.Json;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>What every API response must satisfy, whatever was asked.</summary>
internal static class ResponseRules
{
    public static async Task<string> AssertWellFormed(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{status} for {what}: {body}");
        if (status != 204)
        {
            try
            {
                using var _ = JsonDocument.Parse(body);
            }
            catch (JsonException e)
            {
                Assert.Fail($"{status} body is not JSON for {what}: {e.Message}: {body[..Math.Min(200, body.Length)]}");
            }
        }

        if (!response.IsSuccessStatusCode)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                $"{status} with {response.Content.Headers.ContentType} for {what}");
        }

        return body;
    }

    /// <summary>Percent-encodes UTF-8 (lone surrogates become U+FFFD) so any string can travel in a URL.</summary>
    public static string Encode(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' ? c.ToString() : $"%{b:X2}");
        }

        return builder.ToString();
    }
}
