using System.Text.Json;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary><c>search</c> and <c>show</c> over an index of the five real articles, built once for the class.</summary>
public sealed class SearchAndShowCommandTests : IClassFixture<SearchAndShowCommandTests.IndexedCorpus>
{
    // 001 has no title: its heading is its body's first sentence, marked as taken from the text.
    private const string DerivedHeading = "2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行 [from the text, untitled]";

    private readonly IndexedCorpus _corpus;

    public SearchAndShowCommandTests(IndexedCorpus corpus) => _corpus = corpus;

    [Fact]
    public void SearchWithJsonPrintsTheApiResponseShape()
    {
        var result = _corpus.Run("search", "苏州工业园区", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(10, json.GetProperty("pageSize").GetInt32());
        Assert.True(json.GetProperty("tookMs").GetDouble() >= 0);
        Assert.Equal("苏州工业园区", json.GetProperty("query").GetString());
        Assert.Equal(["000_69931a395751e654", "001_3d349f3940e6cb6b"], json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        // What the two articles that hold 苏州工业园区 (000 and 001) are tagged with, most first.
        var expected = new Dictionary<string, string>
        {
            ["zone"] = "shanghai 1, sip 1, xiangcheng 1, xiangcheng-edz 1, xiangcheng-sino-japan 1, yangtze-delta 1",
            ["country"] = "japan 1, singapore 1",
            // Since #17 000 also has robotics, automotive, education-research and modern-services, 001 healthcare and real-estate.
            ["sector"] = "digital-economy 2, finance 2, healthcare 2, logistics 2, ai 1, automotive 1, biomedicine 1, e-commerce 1, education-research 1, " +
                "green-low-carbon 1, headquarters-economy 1, industrial-internet 1, modern-services 1, new-energy-vehicles 1, next-gen-it 1, " +
                "real-estate 1, robotics 1, smart-manufacturing 1, trade 1",
            ["year"] = "2022 1, 2019 1",
        };
        foreach (var (dimension, values) in expected)
        {
            var shown = json.GetProperty("facets").GetProperty(dimension).EnumerateArray().ToList();
            Assert.Equal(values, string.Join(", ", shown.Select(v => $"{v.GetProperty("value").GetString()} {v.GetProperty("count").GetInt32()}")));
            Assert.All(shown, v => Assert.Equal((JsonValueKind.String, false), (v.GetProperty("label").ValueKind, v.GetProperty("selected").GetBoolean())));
        }

        Assert.Contains(json.GetProperty("facets").GetProperty("zone").EnumerateArray(),
            z => z.GetProperty("value").GetString() == "sip" && z.GetProperty("label").GetString() == "苏州工业园区");
    }

    [Fact]
    public void SearchWithAnUnknownZoneExitsTwoNamingTheParameter()
    {
        var result = _corpus.Run("search", "苏州", "--zone", "nope");

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("error: zone: Unknown zone 'nope'. List the valid ids with: indexer facets zone", line);
        Assert.Empty(result.Stdout);

        // The command the message names lists the ids --zone accepts.
        var zones = IndexerCli.Run(Path.GetTempPath(), "facets", "zone");
        Assert.True(zones.ExitCode == 0, zones.ToString());
        Assert.Contains("zone\tsip\t苏州工业园区\tSuzhou Industrial Park", zones.Lines);
        Assert.All(zones.Lines, l => Assert.StartsWith("zone\t", l, StringComparison.Ordinal));
    }

    [Fact]
    public void ShowPrintsTheMetadataLinesAndTheBody()
    {
        var result = _corpus.Run("show", "001_3d349f3940e6cb6b");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Lines;
        Assert.Equal("id:        001_3d349f3940e6cb6b", lines[0]);
        Assert.Equal("title:     ", lines[1]);
        Assert.Equal("heading:   " + DerivedHeading, lines[2]);
        Assert.Equal("published: 2022-11-06", lines[3]);
        Assert.Equal("author:    吳婧茸", lines[5]);
        Assert.Equal("zones:     苏州工业园区 (sip) ×36", lines[8]);
        Assert.StartsWith("2022年的11月6日,第五屆中新合作服務貿易創新論壇在蘇州工業園區舉行。", lines[12], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("LEED金獎", StringComparison.Ordinal));
    }

    [Fact]
    public void ShowOfATitledArticleGivesItsTitleAsItsHeadingUnmarked()
    {
        var result = _corpus.Run("show", "000_69931a395751e654");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("heading:   聚焦长三角|苏州相城:打造长三角国际开放合作新引擎", result.Lines[2]);
    }

    [Theory]
    [InlineData("苏州工业园区")]
    [InlineData("新加坡")]
    [InlineData("LEED")]
    public void SearchListsTheUntitledArticleUnderItsMarkedHeadingWhateverTheQuery(string query)
    {
        var result = _corpus.Run("search", query);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.Lines, l => l.Contains("[001_3d349f3940e6cb6b]", StringComparison.Ordinal));
        Assert.Matches(@"^\d+\. " + System.Text.RegularExpressions.Regex.Escape(DerivedHeading) + @"  \(2022-11-06\)  \[001_3d349f3940e6cb6b\]$", line);
        Assert.DoesNotContain(result.Lines, l => l.Contains("(untitled)", StringComparison.Ordinal));
    }

    [Fact]
    public void RelatedListsTheUntitledArticleUnderItsMarkedHeading()
    {
        var result = _corpus.Run("related", "000_69931a395751e654", "--limit", "20");

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.Lines, l => l.Contains("[001_3d349f3940e6cb6b]", StringComparison.Ordinal));
        Assert.Matches(@"^\d+\. " + System.Text.RegularExpressions.Regex.Escape(DerivedHeading) + @"  \(2022-11-06\)  \[001_3d349f3940e6cb6b\]  score ", line);
    }

    [Fact]
    public void ShowLabelsTheCountryLineCountries()
    {
        var result = _corpus.Run("show", "001_3d349f3940e6cb6b");

        Assert.Contains("countries: 新加坡 (singapore) ×52", result.Lines);
    }

    [Fact]
    public void ShowOfAMissingIdExitsFour()
    {
        var result = _corpus.Run("show", "missing");

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Equal(["error: no article with id 'missing'"], result.ErrorLines);
        Assert.Empty(result.Stdout);
    }

    /// <summary>The real corpus indexed once by the CLI itself.</summary>
    public sealed class IndexedCorpus : IDisposable
    {
        private readonly TestFolder _folder = new();

        public IndexedCorpus()
        {
            _folder.CopySeeds();
            var result = _folder.Index();
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        public string IndexPath => _folder.IndexPath;

        internal CliResult Run(params string[] args) => _folder.Run([.. args, "--db", _folder.IndexPath]);

        public void Dispose() => _folder.Dispose();
    }
}
