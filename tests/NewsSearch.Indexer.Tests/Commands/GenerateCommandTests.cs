using System.Text.Json;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary><c>generate</c>: deterministic synthetic corpora whose planted labels the indexer finds again.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private static readonly string[] Fields = ["id", "url", "title", "published", "source", "author", "body", "labels"];
    private static readonly Dictionary<string, int> Dimensions = new() { ["zone"] = 0, ["country"] = 1, ["sector"] = 2 };

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheSameSeedGivesAByteIdenticalFileAndAnotherSeedDoes()
    {
        var first = Generate("a.jsonl", seed: 1);
        var again = Generate("b.jsonl", seed: 1);
        var other = Generate("c.jsonl", seed: 2);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(again));
        Assert.NotEqual(File.ReadAllBytes(first), File.ReadAllBytes(other));
    }

    [Fact]
    public void EveryGeneratedLineHasAllFieldsAndTheIndexedTagsIncludeItsPlantedLabels()
    {
        var file = Generate("g.jsonl", seed: 5);
        var lines = File.ReadAllLines(file);
        Assert.Equal(100, lines.Length);

        var result = _folder.Run("index", file, "--db", _folder.IndexPath);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("added 100, updated 0, unchanged 0, removed 0, skipped 0 ", result.Summary, StringComparison.Ordinal);

        var stored = StoredTags(lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!));
        var missing = new List<string>();
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            Assert.Equal(Fields, root.EnumerateObject().Select(p => p.Name));
            var id = root.GetProperty("id").GetString()!;
            foreach (var dimension in root.GetProperty("labels").EnumerateObject())
            {
                foreach (var label in dimension.Value.EnumerateArray())
                {
                    if (!stored.Contains((id, Dimensions[dimension.Name], label.GetString()!)))
                    {
                        missing.Add($"{id} {dimension.Name}:{label.GetString()}");
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void ReprintsCarryTheirStoryAndTheIndexGroupsExactlyTheVersionsOfEachStory()
    {
        var file = _folder.In("r.jsonl");
        var generated = _folder.Run("generate", "--count", "200", "--seed", "3", "--reprints", "0.3", "--out", file, "--corpus", TestFolder.SeedCorpus);
        Assert.True(generated.ExitCode == 0, generated.ToString());
        var story = File.ReadAllLines(file).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("labels").GetProperty("story").GetString()!);
        // Seed 3 with a share of 0.3: 114 stories, 35 of them published more than once.
        Assert.Equal((114, 35), (story.Values.Distinct().Count(), story.Values.GroupBy(s => s).Count(g => g.Count() > 1)));

        var indexed = _folder.Run("index", file, "--db", _folder.IndexPath);
        Assert.True(indexed.ExitCode == 0, indexed.ToString());

        using var index = _folder.OpenIndex();
        var group = story.Keys.ToDictionary(id => id, id => index.ReprintGroupOf(id)?.Group ?? throw new InvalidOperationException(id + " not indexed"));

        Assert.Equal(story.Count, index.LoadCatalog().Count);
        var stories = story.GroupBy(p => p.Value, p => p.Key).Select(g => g.Order(StringComparer.Ordinal).ToList()).OrderBy(g => g[0], StringComparer.Ordinal);
        var groups = group.GroupBy(p => p.Value, p => p.Key).Select(g => g.Order(StringComparer.Ordinal).ToList()).OrderBy(g => g[0], StringComparer.Ordinal);
        Assert.Equal(stories, groups);
    }

    [Fact]
    public void AReprintShareOutsideZeroToOneIsAUsageError()
    {
        var result = _folder.Run("generate", "--count", "10", "--reprints", "1.5", "--out", _folder.In("x.jsonl"), "--corpus", TestFolder.SeedCorpus);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("--reprints", StringComparison.Ordinal));
    }

    private string Generate(string name, int seed)
    {
        var output = _folder.In(name);
        var result = _folder.Run("generate", "--count", "100", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--out", output, "--corpus", TestFolder.SeedCorpus);
        Assert.True(result.ExitCode == 0, result.ToString());
        return output;
    }

    private HashSet<(string Id, int Dimension, string Value)> StoredTags(IEnumerable<string> ids)
    {
        using var index = _folder.OpenIndex();
        var tags = new HashSet<(string, int, string)>();
        foreach (var id in ids)
        {
            var stored = index.Find(id)?.Tags ?? throw new InvalidOperationException(id + " not indexed");
            for (var dimension = 0; dimension < 3; dimension++)
            {
                tags.UnionWith(stored.Of((FacetDimension)dimension).Select(t => (id, dimension, t.Id)));
            }
        }

        return tags;
    }
}
