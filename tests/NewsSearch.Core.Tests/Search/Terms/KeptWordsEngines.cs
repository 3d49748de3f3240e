using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Articles;
using NewsSearch.Core.Tests.Index;
using LuceneDocument = Lucene.Net.Documents.Document;
using Field = Lucene.Net.Documents.Field;
using IndexSearcher = Lucene.Net.Search.IndexSearcher;
using TextField = Lucene.Net.Documents.TextField;

namespace NewsSearch.Core.Tests.Search.Terms;

/// <summary>
/// The five seeds and 300 generated articles (both scripts), a few of them then rewritten with a
/// longer body (so segments hold deleted documents), in three indexes: Lucene.Net as written today,
/// Lucene.Net whose article documents of every third article were written again the way they were
/// before the word columns kept term vectors, and PostgreSQL, which keeps no words.
/// </summary>
public sealed class KeptWordsEngines : IDisposable
{
    private const int Generated = 300;

    private readonly TestEngine.Location _luceneLocation = TestEngine.Lucene.NewLocation();
    private readonly string _agedFolder = System.IO.Directory.CreateTempSubdirectory("newssearch-aged-").FullName;
    private readonly TestEngine.Location _postgresLocation = TestEngine.Postgres.NewLocation();

    public KeptWordsEngines()
    {
        var seeds = SeedCorpus.All();
        var generated = SeedCorpus.Generated(Analyzer, Generated, seed: 18);
        var preparer = new ArticlePreparer(Analyzer, new FacetTagger(FacetVocabulary.Default, Analyzer.Folder));
        var first = seeds.Concat(generated).Select(preparer.Prepare).ToList();
        var rewritten = first.Where((_, i) => i % 25 == 7)
            .Select(p => preparer.Prepare(p.Article with { Body = p.Article.Body + "\n区块链技术与跨境电商合作不断深化。" }))
            .ToList();
        Final = first.Select(p => rewritten.FirstOrDefault(r => r.Article.Id == p.Article.Id) ?? p).ToList();
        AgedIds = Final.Where((_, i) => i % 3 == 0).Select(p => p.Article.Id).ToHashSet(StringComparer.Ordinal);

        Lucene = Write(_luceneLocation.Open(), first, rewritten);
        var agedPath = Path.Combine(_agedFolder, "index");
        Write(LuceneArticleIndex.Open(agedPath), first, rewritten).Dispose();
        WriteWithoutTermVectors(agedPath, Final.Where(p => AgedIds.Contains(p.Article.Id)));
        Aged = LuceneArticleIndex.Open(agedPath);
        Postgres = Write(_postgresLocation.Open(), first, rewritten);
    }

    public Analyzer Analyzer { get; } = new();

    /// <summary>Every article as finally stored (the rewritten ones in their second version).</summary>
    public List<IndexedArticle> Final { get; }

    /// <summary>The articles the aged index holds as an index built before term vectors does.</summary>
    public IReadOnlySet<string> AgedIds { get; }

    public IArticleIndex Lucene { get; }

    public IArticleIndex Aged { get; }

    public IArticleIndex Postgres { get; }

    /// <summary>Each stored article by its internal key in <paramref name="index"/>.</summary>
    public static Dictionary<long, Article> ArticlesByKey(IArticleIndex index) =>
        index.Fetch(index.LoadCatalog().Keys.ToList(), withOrigin: false).ToDictionary(a => a.Key, a => a.Value);

    public void Dispose()
    {
        Lucene.Dispose();
        Aged.Dispose();
        Postgres.Dispose();
        _luceneLocation.Dispose();
        _postgresLocation.Dispose();
        System.IO.Directory.Delete(_agedFolder, recursive: true);
        Analyzer.Dispose();
    }

    private static IArticleIndex Write(IArticleIndex index, List<IndexedArticle> first, List<IndexedArticle> rewritten)
    {
        foreach (var articles in new[] { first, rewritten })
        {
            using var batch = index.BeginBatch();
            articles.ForEach(p => batch.Upsert(p));
            batch.Commit();
        }

        return index;
    }

    /// <summary>
    /// Writes the article documents of <paramref name="articles"/> again as the index wrote them
    /// before the word columns kept term vectors: the same document with plain text fields.
    /// </summary>
    private static void WriteWithoutTermVectors(string path, IEnumerable<IndexedArticle> articles)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, WriterHolder.Config(OpenMode.APPEND));
        using (var reader = DirectoryReader.Open(directory))
        {
            var searcher = new IndexSearcher(reader);
            foreach (var indexed in articles)
            {
                var stored = StoredLookup.One(searcher, ArticleFields.Id, indexed.Article.Id)!;
                var key = ArticleFields.KeyOf(stored, ArticleFields.Key);
                LuceneDocument document = ArticleFields.ArticleDocument(indexed, key);
                document.RemoveFields(ArticleFields.TitleWords);
                document.RemoveFields(ArticleFields.BodyWords);
                document.Add(new TextField(ArticleFields.TitleWords, indexed.Title.Words, Field.Store.NO));
                document.Add(new TextField(ArticleFields.BodyWords, indexed.Body.Words, Field.Store.NO));
                writer.UpdateDocument(new Term(ArticleFields.Key, ArticleFields.Text(key)), document);
            }

            writer.SetCommitData(reader.IndexCommit.UserData);
        }

        writer.Commit();
    }
}
