using System.Security.Cryptography;
using System.Text;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index;

/// <summary>Tags and analyzes a cleaned article: the CPU-heavy half of indexing, safe to run on many threads.</summary>
public sealed class ArticlePreparer
{
    private readonly Analyzer _analyzer;
    private readonly FacetTagger _tagger;
    private readonly ReprintSignatureBuilder _signatures;

    /// <summary>Creates a preparer over the shared analyzer and tagger.</summary>
    public ArticlePreparer(Analyzer analyzer, FacetTagger tagger)
    {
        _analyzer = analyzer;
        _tagger = tagger;
        _signatures = new ReprintSignatureBuilder(analyzer.Folder);
    }

    /// <summary>Tags the article from its own text, analyzes title, body and source, and signs the body for reprint detection.</summary>
    public IndexedArticle Prepare(Article article)
    {
        var tagged = article with { Tags = _tagger.Tag(article.Title, article.Body) };
        return new IndexedArticle(
            tagged,
            ContentHash(tagged),
            _analyzer.IndexTerms(tagged.Title),
            _analyzer.IndexTerms(tagged.Body),
            _analyzer.IndexTerms(tagged.Source),
            _signatures.Compute(tagged.Body));
    }

    /// <summary>
    /// A hash over the fields a reader sees (not the id), so re-posting the same article is a no-op
    /// and the same article under two ids is recognised as a duplicate.
    /// </summary>
    public static string ContentHash(Article article)
    {
        var text = string.Join('\u001F', article.Url ?? "", article.Title, article.Published?.ToString("O") ?? "",
            article.Source, article.Author, article.Body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
