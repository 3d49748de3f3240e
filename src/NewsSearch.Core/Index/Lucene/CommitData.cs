using System.Globalization;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// What each commit records beside the documents: the layout version, our commit counter, the next
/// free key and the word segmenter the documents were analyzed with (absent until the first batch).
/// </summary>
internal static class CommitData
{
    /// <summary>
    /// The layout of the documents; an index of another version is refused until rebuilt. 2: the word
    /// columns leave a position out where a Han run breaks between two words.
    /// </summary>
    public const int SchemaVersion = 2;

    private const string SchemaKey = "schema_version";
    private const string GenerationKey = "generation";
    private const string NextKeyKey = "next_key";
    private const string SegmenterKey = "segmenter";

    // A new index records no segmenter: the first batch records the one it was analyzed with.
    public static Dictionary<string, string> Initial() => new()
    {
        [SchemaKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
        [GenerationKey] = "0",
        [NextKeyKey] = "1",
    };

    public static Dictionary<string, string> Make(long generation, long nextKey, string segmenter) => new()
    {
        [SchemaKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
        [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture),
        [NextKeyKey] = nextKey.ToString(CultureInfo.InvariantCulture),
        [SegmenterKey] = segmenter,
    };

    public static string? Segmenter(IDictionary<string, string> data) => data.TryGetValue(SegmenterKey, out var v) ? v : null;

    public static string? Schema(IDictionary<string, string> data) => data.TryGetValue(SchemaKey, out var v) ? v : null;

    public static long Generation(IDictionary<string, string> data) => Long(data, GenerationKey, 0);

    public static long NextKey(IDictionary<string, string> data) => Long(data, NextKeyKey, 1);

    private static long Long(IDictionary<string, string> data, string key, long missing) =>
        data.TryGetValue(key, out var v) ? long.Parse(v, CultureInfo.InvariantCulture) : missing;
}
