using Lucene.Net.Index;

namespace NewsSearch.Core.Index.Lucene;

public sealed partial class LuceneArticleIndex
{
    /// <inheritdoc />
    /// <remarks>Lucene's own CheckIndex over the last commit, then ours: every article has exactly one placement and one key, and the reverse.</remarks>
    public IReadOnlyList<string> CheckIntegrity()
    {
        var problems = new List<string>();
        using (var output = new StringWriter())
        {
            var check = new CheckIndex(_directory) { InfoStream = output };
            var status = check.DoCheckIndex();
            if (!status.Clean)
            {
                problems.Add("lucene: " + string.Join(" | ", output.ToString().Split('\n')
                    .Where(l => l.Contains("ERROR", StringComparison.Ordinal) || l.Contains("WARNING", StringComparison.Ordinal))
                    .Select(l => l.Trim())
                    .DefaultIfEmpty("CheckIndex reports the index is not clean")));
            }
        }

        using var lease = _readers.Acquire();
        var articleKeys = new Dictionary<long, int>();
        var placementKeys = new Dictionary<long, int>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in StoredLookup.All(lease.Searcher, ArticleFields.Type, ArticleFields.ArticleType))
        {
            var key = ArticleFields.KeyOf(document, ArticleFields.Key);
            articleKeys[key] = articleKeys.GetValueOrDefault(key) + 1;
            if (!ids.Add(document.Get(ArticleFields.Id)))
            {
                problems.Add($"article id {document.Get(ArticleFields.Id)} is stored twice");
            }
        }

        foreach (var document in StoredLookup.All(lease.Searcher, ArticleFields.Type, ArticleFields.PlacementType))
        {
            var key = ArticleFields.KeyOf(document, ArticleFields.PlacementKey);
            placementKeys[key] = placementKeys.GetValueOrDefault(key) + 1;
        }

        problems.AddRange(articleKeys.Where(k => k.Value > 1).Select(k => $"article key {k.Key} is stored {k.Value} times"));
        problems.AddRange(articleKeys.Keys.Where(k => placementKeys.GetValueOrDefault(k) != 1)
            .Select(k => $"article key {k} has {placementKeys.GetValueOrDefault(k)} placements"));
        problems.AddRange(placementKeys.Keys.Where(k => !articleKeys.ContainsKey(k)).Select(k => $"placement of key {k} has no article"));
        return problems;
    }
}
