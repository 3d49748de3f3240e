using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Core.Index.Lucene;

public sealed partial class LuceneArticleIndex
{
    /// <inheritdoc />
    /// <remarks>
    /// Read from the term vectors of the word columns (<see cref="ArticleFields.TitleWords"/>,
    /// <see cref="ArticleFields.BodyWords"/>): terms only, in compressed blocks of a few documents, far
    /// cheaper than segmenting the stored text again. Each term's bytes are looked up once in a hash of
    /// the call's vocabulary, and decoded to a string only the first time. An article document written
    /// before the columns kept vectors has none at all and maps to null; one with vectors but no words
    /// in a column (an empty title) has no vector for that column. A "word" longer than the column
    /// tokenizer takes (over 10,922 characters: a pasted blob) is in no column, so it is not kept
    /// either; no article could count for it in the background.
    /// </remarks>
    public KeptWords? ArticleWords(IReadOnlyList<long> keys)
    {
        var articles = new Dictionary<long, int[]?>(keys.Count);
        var vocabulary = new BytesRefHash();
        // The article a word was last added for: a word in both title and body is the article's once.
        var lastArticle = new List<int>();
        var ids = new List<int>();
        using var lease = _readers.Acquire();
        var view = ViewOf(lease);
        for (var i = 0; i < keys.Count; i++)
        {
            var slot = view.Catalog.SlotOf(keys[i]);
            if (slot < 0)
            {
                continue;
            }

            if (lease.Reader.GetTermVectors(view.ArticleDoc(slot)) is not { } vectors)
            {
                articles[keys[i]] = null;
                continue;
            }

            ids.Clear();
            foreach (var field in (ReadOnlySpan<string>)[ArticleFields.TitleWords, ArticleFields.BodyWords])
            {
                if (vectors.GetTerms(field)?.GetEnumerator() is not { } terms)
                {
                    continue;
                }

                while (terms.MoveNext())
                {
                    var id = vocabulary.Add(terms.Term);
                    if (id < 0)
                    {
                        id = -id - 1;
                    }
                    else
                    {
                        lastArticle.Add(-1);
                    }

                    if (lastArticle[id] != i)
                    {
                        lastArticle[id] = i;
                        ids.Add(id);
                    }
                }
            }

            articles[keys[i]] = [.. ids];
        }

        var words = new string[vocabulary.Count];
        var scratch = new BytesRef();
        for (var id = 0; id < words.Length; id++)
        {
            words[id] = vocabulary.Get(id, scratch).Utf8ToString();
        }

        return new KeptWords(words, articles);
    }
}
