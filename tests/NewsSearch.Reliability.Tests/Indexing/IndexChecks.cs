using NewsSearch.Core.Index.Lucene;

namespace NewsSearch.Reliability.Tests.Indexing;

/// <summary>Lucene's CheckIndex and our own checks (what <c>indexer check</c> runs), and the article count, on an index directory.</summary>
internal static class IndexChecks
{
    public static long AssertHealthy(string directory)
    {
        // Opening a missing index would create an empty one and pass: the last commit must be there.
        Assert.True(Directory.Exists(directory) && Directory.GetFiles(directory, "segments_*").Length > 0, $"no Lucene commit in {directory}");
        using var index = LuceneArticleIndex.Open(directory);
        Assert.Empty(index.CheckIntegrity());
        return index.LoadCatalog().Count;
    }
}
