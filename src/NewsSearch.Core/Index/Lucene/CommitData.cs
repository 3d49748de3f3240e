using System.Globalization;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>What each commit records beside the documents: the layout version, our commit counter and the next free key.</summary>
internal static class CommitData
{
    /// <summary>The layout of the documents; an index of another version is refused until rebuilt.</summary>
    public const int SchemaVersion = 1;

    private const string SchemaKey = "schema_version";
    private const string GenerationKey = "generation";
    private const string NextKeyKey = "next_key";

    public static Dictionary<string, string> Initial() => Make(0, 1);

    public static Dictionary<string, string> Make(long generation, long nextKey) => new()
    {
        [SchemaKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
        [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture),
        [NextKeyKey] = nextKey.ToString(CultureInfo.InvariantCulture),
    };

    public static string? Schema(IDictionary<string, string> data) => data.TryGetValue(SchemaKey, out var v) ? v : null;

    public static long Generation(IDictionary<string, string> data) => Long(data, GenerationKey, 0);

    public static long NextKey(IDictionary<string, string> data) => Long(data, NextKeyKey, 1);

    private static long Long(IDictionary<string, string> data, string key, long missing) =>
        data.TryGetValue(key, out var v) ? long.Parse(v, CultureInfo.InvariantCulture) : missing;
}
