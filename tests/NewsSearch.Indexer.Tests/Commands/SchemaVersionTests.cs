using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsSearch.Indexer.Tests.Commands;

/// <summary>Index directories the indexer must refuse: another layout version, or a directory that is not an index.</summary>
public sealed class SchemaVersionTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public SchemaVersionTests() => _folder.CopySeeds();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnIndexOfAnotherSchemaVersionIsRefusedWithExitThreeUntilRebuilt()
    {
        using (var directory = FSDirectory.Open(_folder.IndexPath))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null)))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["schema_version"] = "999" });
            writer.Commit();
        }

        var refused = _folder.Index();

        Assert.True(refused.ExitCode == 3, refused.ToString());
        Assert.Contains(refused.ErrorLines, l => l.Contains("999", StringComparison.Ordinal) && l.Contains("--rebuild", StringComparison.Ordinal));
        Assert.DoesNotContain(refused.Lines, l => l.StartsWith("added ", StringComparison.Ordinal));

        var rebuilt = _folder.Index("--rebuild");

        Assert.True(rebuilt.ExitCode == 0, rebuilt.ToString());
        Assert.Equal("added 5, updated 0, unchanged 0, removed 0, skipped 0 (5 files read, 0 unchanged)", rebuilt.Summary);
    }

    [Fact]
    public void ADirectoryThatIsNotAnIndexIsRefusedWithExitThreeAClearMessageAndLeftAlone()
    {
        System.IO.Directory.CreateDirectory(_folder.IndexPath);
        var notes = Path.Combine(_folder.IndexPath, "customers.txt");
        File.WriteAllText(notes, "someone");

        var refused = _folder.Index();

        Assert.True(refused.ExitCode == 3, refused.ToString());
        var line = Assert.Single(refused.ErrorLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("no NewsSearch index", line, StringComparison.Ordinal);
        Assert.Equal([notes], System.IO.Directory.GetFileSystemEntries(_folder.IndexPath));
        Assert.Equal("someone", File.ReadAllText(notes));
    }
}
