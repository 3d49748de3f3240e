using NewsSearch.Client.Articles;
using Article = NewsSearch.Core.Articles.Article;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Indexer.Remote;

/// <summary>The running totals of a remote run.</summary>
internal sealed class RemoteRun
{
    private readonly Dictionary<string, string> _idByHash = new(StringComparer.Ordinal);

    public List<SkippedItem> Skipped { get; } = [];

    public List<SkippedItem> Warnings { get; } = [];

    public int FilesRead { get; set; }

    public long Added { get; private set; }

    public long Updated { get; private set; }

    public long Unchanged { get; private set; }

    public long Done => Added + Updated + Unchanged + Skipped.Count;

    /// <summary>Articles posted to the service.</summary>
    public long Sent { get; private set; }

    /// <summary>Articles the service already held with the same content, so not sent.</summary>
    public long AlreadyThere { get; private set; }

    public void RecordAlreadyThere(int count)
    {
        AlreadyThere += count;
        Unchanged += count;
    }

    /// <summary>False for the same content under a second id in this run, which the service would refuse as a duplicate.</summary>
    public bool Admit(Article article)
    {
        var hash = ArticlePreparer.ContentHash(article);
        if (_idByHash.TryGetValue(hash, out var first) && first != article.Id)
        {
            Skipped.Add(new SkippedItem(article.Origin ?? article.Id, $"duplicate of article {first} (same content)"));
            return false;
        }

        _idByHash[hash] = article.Id;
        return true;
    }

    public void Record(UpsertResult result, IReadOnlyList<Article> batch)
    {
        Sent += batch.Count;
        Added += result.Added;
        Updated += result.Updated;
        Unchanged += result.Unchanged;
        foreach (var skip in result.Skipped)
        {
            var article = skip.Index >= 0 && skip.Index < batch.Count ? batch[skip.Index] : null;
            Skipped.Add(new SkippedItem(article?.Origin ?? skip.Id ?? $"item {skip.Index}", skip.Reason));
        }
    }

    public IndexingSummary Summary(TimeSpan elapsed) => new()
    {
        Added = Added,
        Updated = Updated,
        Unchanged = Unchanged,
        FilesRead = FilesRead,
        Skipped = Skipped,
        Warnings = Warnings,
        Elapsed = elapsed,
    };
}
