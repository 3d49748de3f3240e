using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Reprints;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>Finds documents of one reader by their identifying terms: article by id or key, placement by key.</summary>
internal static class StoredLookup
{
    private static readonly ISet<string> OriginFields = new HashSet<string>(StringComparer.Ordinal) { ArticleFields.Origin };

    public static LuceneDocument? One(IndexSearcher searcher, string field, string value, ISet<string>? fields = null) =>
        searcher.Search(new TermQuery(new Term(field, value)), 1).ScoreDocs is [var hit, ..]
            ? fields is null ? searcher.Doc(hit.Doc) : searcher.Doc(hit.Doc, fields)
            : null;

    /// <summary>
    /// The stored article with <paramref name="key"/>, with its origin when asked (from its placement
    /// document: a second read), read straight from the documents the view of the searcher's reader
    /// places it in (or kept from a recent read); null when it is not a live article of that reader.
    /// </summary>
    public static Article? ArticleAt(IndexSearcher searcher, ReaderView view, long key, bool withOrigin)
    {
        var slot = view.Catalog.SlotOf(key);
        if (slot < 0)
        {
            return null;
        }

        var article = view.Recent.Get(slot) ?? view.Recent.Keep(slot, ArticleFields.ToArticle(searcher.Doc(view.ArticleDoc(slot))));
        var placement = view.PlacementDoc(slot);
        return placement < 0 || !withOrigin ? article : article with { Origin = searcher.Doc(placement, OriginFields).Get(ArticleFields.Origin) };
    }

    public static List<LuceneDocument> All(IndexSearcher searcher, Query query)
    {
        var documents = new List<LuceneDocument>();
        var collector = new DocIdCollector();
        searcher.Search(query, collector);
        foreach (var doc in collector.Docs)
        {
            documents.Add(searcher.Doc(doc));
        }

        return documents;
    }

    public static List<LuceneDocument> All(IndexSearcher searcher, string field, string value) => All(searcher, new TermQuery(new Term(field, value)));

    /// <summary>The article's state as committed: its document and its placement's.</summary>
    public static ArticleState? State(IndexSearcher searcher, LuceneDocument? article)
    {
        if (article is null)
        {
            return null;
        }

        var key = ArticleFields.KeyOf(article, ArticleFields.Key);
        var placement = One(searcher, ArticleFields.PlacementKey, ArticleFields.Text(key));
        var signature = article.GetBinaryValue(ArticleFields.Signature) is { } bytes
            ? ReprintSignature.FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length))
            : null;
        return new ArticleState(
            key,
            article.Get(ArticleFields.Id),
            article.Get(ArticleFields.Hash),
            placement?.Get(ArticleFields.Origin),
            placement?.Get(ArticleFields.Group) is { } group ? long.Parse(group, System.Globalization.CultureInfo.InvariantCulture) : null,
            signature,
            ArticleFields.PublishedOf(article));
    }

    /// <summary>Global doc ids of every match, in order.</summary>
    private sealed class DocIdCollector : ICollector
    {
        private int _base;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => Docs.Add(_base + doc);

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void SetScorer(Scorer scorer)
        {
        }
    }
}
