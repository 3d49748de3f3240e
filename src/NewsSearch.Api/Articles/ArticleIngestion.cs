using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;

namespace NewsSearch.Api.Articles;

/// <summary>
/// Adds, replaces and deletes articles through the same cleaning, tagging and analysis as the
/// indexer. One write batch at a time per process; each request commits atomically.
/// </summary>
public sealed class ArticleIngestion(IArticleIndex index, ArticlePreparer preparer)
{
    private readonly Lock _writer = new();

    public IngestResult Ingest(IReadOnlyList<ArticleRecord> records)
    {
        var skipped = new List<IngestSkip>();
        var prepared = new List<(int Index, IndexedArticle Article)>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (string.IsNullOrWhiteSpace(record.Id) && string.IsNullOrWhiteSpace(record.Url))
            {
                skipped.Add(new IngestSkip(i, null, "an article needs an id or a url"));
                continue;
            }

            if (!string.IsNullOrWhiteSpace(record.Id) && !ArticleIds.IsValid(record.Id))
            {
                skipped.Add(new IngestSkip(i, record.Id.Length > 140 ? record.Id[..140] : record.Id,
                    $"an id is 1 to {ArticleIds.MaxLength} letters, digits or _.:- characters"));
                continue;
            }

            var problems = new List<ReadProblem>();
            var article = record.ToArticle("request", i + 1, problems);
            if (article is null)
            {
                skipped.Add(new IngestSkip(i, record.Id, string.Join("; ", problems.Select(p => p.Reason))));
                continue;
            }

            prepared.Add((i, preparer.Prepare(article with { Origin = null })));
        }

        int added = 0, updated = 0, unchanged = 0;
        lock (_writer)
        {
            using var batch = index.BeginBatch();
            foreach (var (i, article) in prepared)
            {
                if (batch.FindDuplicate(article.ContentHash, article.Article.Id) is { } twin)
                {
                    skipped.Add(new IngestSkip(i, article.Article.Id, $"duplicate of article {twin} (same content)"));
                    continue;
                }

                switch (batch.Upsert(article))
                {
                    case UpsertOutcome.Added: added++; break;
                    case UpsertOutcome.Updated: updated++; break;
                    default: unchanged++; break;
                }
            }

            batch.Commit();
        }

        return new IngestResult(added, updated, unchanged, [.. skipped.OrderBy(s => s.Index)]);
    }

    public bool Delete(string id)
    {
        lock (_writer)
        {
            using var batch = index.BeginBatch();
            var deleted = batch.Delete(id);
            batch.Commit();
            return deleted;
        }
    }
}
