using Lucene.Net.Index;

namespace NewsSearch.Core.Index.Lucene;

public sealed partial class LuceneArticleIndex
{
    // A writer that commits during the check deletes the files of the commit being checked.
    private const int CheckAttempts = 5;

    /// <inheritdoc />
    /// <remarks>Lucene's own CheckIndex over the last commit, then ours: every article has exactly one placement and one key, and the reverse.</remarks>
    public IReadOnlyList<string> CheckIntegrity()
    {
        var problems = new List<string>();
        if (CheckLastCommit() is { } damage)
        {
            problems.Add("lucene: " + damage);
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

    // CheckIndex reads every file of the last commit and verifies its checksum. A report of damage
    // counts only when no commit came in meanwhile; otherwise the newer commit is checked instead.
    private string? CheckLastCommit()
    {
        for (var attempt = 1; ; attempt++)
        {
            var generation = SegmentInfos.GetLastCommitGeneration(_directory);
            using var output = new StringWriter();
            var status = new CheckIndex(_directory) { InfoStream = output }.DoCheckIndex();
            if (status.Clean)
            {
                return null;
            }

            if (attempt < CheckAttempts && SegmentInfos.GetLastCommitGeneration(_directory) != generation)
            {
                continue;
            }

            var findings = output.ToString().Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.StartsWith("FAILED", StringComparison.Ordinal) || l.StartsWith("ERROR", StringComparison.Ordinal)
                    || l.StartsWith("WARNING: ", StringComparison.Ordinal) && !l.Contains("fixIndex()", StringComparison.Ordinal)
                    || l.Contains("Exception: ", StringComparison.Ordinal) && !l.StartsWith("at ", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return findings.Count == 0 ? "CheckIndex reports the index is not clean" : string.Join(" | ", findings);
        }
    }
}
