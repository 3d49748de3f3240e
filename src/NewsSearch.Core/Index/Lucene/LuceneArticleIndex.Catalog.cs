using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index.Lucene;

public sealed partial class LuceneArticleIndex
{
    private readonly Lock _viewGate = new();

    // The view of the newest reader read so far; a reader's view is read once, on first use.
    private volatile ReaderView? _view;

    /// <inheritdoc />
    /// <remarks>
    /// Read from doc values alone, never from stored fields, once per reader: the same reader gives
    /// back the same catalog, and the first call after a commit reads the new reader's.
    /// </remarks>
    public ArticleCatalog LoadCatalog()
    {
        using var lease = _readers.Acquire();
        return ViewOf(lease).Catalog;
    }

    private ReaderView ViewOf(ReaderHolder.Lease lease)
    {
        if (_view is { } view && ReferenceEquals(view.Reader, lease.Reader))
        {
            return view;
        }

        lock (_viewGate)
        {
            if (_view is not { } current || !ReferenceEquals(current.Reader, lease.Reader))
            {
                _view = current = ReaderView.Read(lease.Reader, lease.Generation);
            }

            return current;
        }
    }

    /// <inheritdoc />
    public ReprintGroup? ReprintGroupOf(string id)
    {
        using var lease = _readers.Acquire();
        var searcher = lease.Searcher;
        if (StoredLookup.One(searcher, ArticleFields.Id, id) is not { } article)
        {
            return null;
        }

        var key = ArticleFields.KeyOf(article, ArticleFields.Key);
        var placement = StoredLookup.One(searcher, ArticleFields.PlacementKey, ArticleFields.Text(key));
        var leader = placement?.Get(ArticleFields.Group) is { } group ? long.Parse(group, System.Globalization.CultureInfo.InvariantCulture) : key;
        var memberKeys = StoredLookup.All(searcher, ArticleFields.Group, ArticleFields.Text(leader))
            .Select(p => ArticleFields.KeyOf(p, ArticleFields.PlacementKey))
            .Append(leader);
        var versions = new List<(long Key, ReprintVersion Version)>();
        foreach (var member in memberKeys.Distinct())
        {
            if (StoredLookup.One(searcher, ArticleFields.Key, ArticleFields.Text(member)) is { } document)
            {
                var stored = ArticleFields.ToArticle(document);
                versions.Add((member, new ReprintVersion(stored.Id, stored.Title, stored.Source, stored.Published, stored.Url)));
            }
        }

        // Oldest first, undated last, then in the order indexed: as the other engines list them.
        var ordered = versions
            .OrderBy(v => v.Version.Published is null)
            .ThenBy(v => v.Version.Published)
            .ThenBy(v => v.Key)
            .Select(v => v.Version)
            .ToList();
        return new ReprintGroup(ReprintGroup.IdOf(leader), ordered);
    }
}
