namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// PostgreSQL text cannot hold NUL, which Lucene.Net and JSON can. Every string going to the database
/// passes through <see cref="Safe(string)"/>, on writes and look-ups alike, so an id or a text with NUL is
/// stored and found consistently (with U+FFFD in its place) instead of failing the request.
/// </summary>
internal static class PostgresText
{
    public static string Safe(string text) => text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;

    public static object? Safe(object? value) => value switch
    {
        string text => Safe(text),
        string[] texts => texts.Select(Safe).ToArray(),
        _ => value,
    };
}
