using NewsSearch.Tests.Shared;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>
/// <c>retag</c>: an index built with an older, smaller vocabulary is tagged again from the text it
/// holds (the corpus is not there any more), on Lucene.Net and on PostgreSQL.
/// </summary>
public sealed class RetagCommandTests : IDisposable
{
    // An older vocabulary: no robotics, no automotive, Singapore the only partner.
    private const string OldTaxonomy = """
        { "zones": [{ "id": "sip", "zh": "苏州工业园区", "en": "SIP" }],
          "countries": [{ "id": "singapore", "zh": "新加坡", "en": "Singapore" }],
          "sectors": [{ "id": "smart-manufacturing", "zh": "智能制造", "en": "Smart manufacturing", "aliases": ["机器人"] }] }
        """;

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void RetagOnLuceneTagsFromTheStoredTextWithoutTheCorpus()
    {
        var old = WriteOldTaxonomy();
        _folder.CopySeeds();
        Assert.Equal(0, _folder.Index("--taxonomy", old).ExitCode);
        Directory.Delete(_folder.CorpusCopy, recursive: true);
        Assert.Empty(Ids(_folder.Run("search", "--sector", "robotics", "--json", "--db", _folder.IndexPath)));

        var retag = _folder.Run("retag", "--db", _folder.IndexPath);
        var again = _folder.Run("retag", "--db", _folder.IndexPath);

        Assert.True(retag.ExitCode == 0, retag.ToString());
        Assert.StartsWith($"retagged 5 of 5 articles (0 unchanged) in {_folder.IndexPath} in ", retag.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("retagged 0 of 5 articles (5 unchanged)", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(["000_69931a395751e654", "004_5e5fe67579d06bab"], Ids(_folder.Run("search", "--sector", "robotics", "--json", "--db", _folder.IndexPath)));
        Assert.Equal(["000_69931a395751e654", "002_8701b1438f67845e", "003_cff4dd02faf2c418"],
            Ids(_folder.Run("search", "--country", "japan", "--json", "--db", _folder.IndexPath)));
        Assert.Equal(0, _folder.Run("check", "--db", _folder.IndexPath).ExitCode);
    }

    [Fact]
    public void RetagOnPostgresTagsFromTheStoredText()
    {
        using var schema = TestPostgres.CreateSchema();
        var old = WriteOldTaxonomy();
        Assert.Equal(0, _folder.Run("index", TestFolder.SeedCorpus, "--engine", "postgres", "--db", schema.ConnectionString, "--taxonomy", old).ExitCode);

        var retag = _folder.Run("retag", "--engine", "postgres", "--db", schema.ConnectionString);

        Assert.True(retag.ExitCode == 0, retag.ToString());
        Assert.StartsWith("retagged 5 of 5 articles (0 unchanged)", retag.Stdout, StringComparison.Ordinal);
        Assert.Equal(["000_69931a395751e654", "004_5e5fe67579d06bab"],
            Ids(_folder.Run("search", "--sector", "robotics", "--json", "--engine", "postgres", "--db", schema.ConnectionString)));
    }

    [Fact]
    public void RetagWithoutAnIndexSaysSoAndCreatesNothing()
    {
        var missing = _folder.In("nowhere");

        var result = _folder.Run("retag", "--db", missing);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"there is no index at {missing}", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void RetagWithAMalformedTaxonomyIsAUsageError()
    {
        _folder.CopySeeds();
        Assert.Equal(0, _folder.Index().ExitCode);
        var bad = _folder.In("bad.json");
        File.WriteAllText(bad, """{ "zones": [] }""");

        var result = _folder.Run("retag", "--db", _folder.IndexPath, "--taxonomy", bad);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"cannot load taxonomy {bad}", result.Stderr, StringComparison.Ordinal);
    }

    private string WriteOldTaxonomy()
    {
        var path = _folder.In("old-taxonomy.json");
        File.WriteAllText(path, OldTaxonomy);
        return path;
    }

    private static List<string?> Ids(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json().GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
    }
}
