using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Translates an analyzed query into a Lucene query over one reader, with the query language's
/// semantics (the same as PostgreSQL's <c>PostingQueryBuilder</c>): a word matches as a word or as the run of its grams; a
/// phrase is its grams at consecutive positions of one field; a prefix is the last gram's
/// expansion among the reader's terms. Two forms: the full match, and the whole-word match that
/// ranks articles matching the query's words above gram-only matches.
/// </summary>
internal sealed class QueryTranslator(IndexReader reader, TermContexts contexts)
{
    // Column weights of the BM25 score: whole words above runs of characters, titles above bodies.
    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal)
    {
        [ArticleFields.TitleWords] = 8f,
        [ArticleFields.TitleGrams] = 4f,
        [ArticleFields.BodyWords] = 2f,
        [ArticleFields.BodyGrams] = 1f,
        [ArticleFields.SourceGrams] = 1f,
    };

    static QueryTranslator()
    {
        // A one-character prefix (坡) expands to every gram starting with it, easily past Lucene's
        // default of 1,024 clauses; a match must not fail for that.
        BooleanQuery.MaxClauseCount = int.MaxValue;
    }

    public Query Full(QueryNode node) => Build(node, wordsOnly: false);

    public Query WholeWords(QueryNode node) => Build(node, wordsOnly: true);

    /// <summary>
    /// The articles that match on whole words, scored on them: the whole-word query, restricted to the
    /// full query's matches only where it could reach beyond them. The index leaves a position out
    /// where a Han run breaks between two words, so a phrase's words at consecutive positions are its
    /// characters in sequence, and the costly check of its grams is left out. It stays for a phrase
    /// that itself breaks (any word may stand in the left-out position), for words that mix Han with
    /// other characters, and for sources, whose phrases are matched on grams.
    /// </summary>
    public Query OnWords(QueryNode node) => NeedsGramCheck(node)
        ? new FilteredQuery(WholeWords(node), new QueryWrapperFilter(Full(node)))
        : WholeWords(node);

    private static bool NeedsGramCheck(QueryNode node) => node switch
    {
        PhraseClause phrase => phrase.Field == QueryField.Source || phrase.Words.Any(MixesScripts) || phrase.HasBreak(),
        AnyClause any => any.Clauses.Any(NeedsGramCheck),
        AllClause all => all.Clauses.Any(NeedsGramCheck),
        _ => false, // a NOT's clause is the same in both forms
    };

    // A word of Han and other characters together: its grams do not follow from its place among the words.
    private static bool MixesScripts(string word)
    {
        var han = word.Count(CharClass.IsHan);
        return han > 0 && han < word.Length;
    }

    /// <summary>True when the query only excludes (e.g. <c>-日本</c>): it means "everything but".</summary>
    public static bool IsNegativeOnly(QueryNode node) =>
        node is NotClause || (node is AllClause all && all.Clauses.All(c => c is NotClause));

    /// <summary>Every article, for "everything but" and for counting.</summary>
    public static Query Articles() => new TermQuery(new Term(ArticleFields.Type, ArticleFields.ArticleType));

    private Query Build(QueryNode node, bool wordsOnly) => node switch
    {
        WordClause word => Word(word, wordsOnly),
        PhraseClause phrase => Phrase(phrase, wordsOnly),
        AnyClause any => Any(any.Clauses.Select(c => Build(c, wordsOnly))),
        AllClause all => All(all.Clauses, wordsOnly),
        NotClause not => All([not], wordsOnly),
        _ => throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node)),
    };

    private BooleanQuery All(IReadOnlyList<QueryNode> clauses, bool wordsOnly)
    {
        var query = new BooleanQuery();
        var positive = false;
        foreach (var clause in clauses)
        {
            if (clause is NotClause not)
            {
                query.Add(Build(not.Clause, wordsOnly: false), Occur.MUST_NOT);
            }
            else
            {
                query.Add(Build(clause, wordsOnly), Occur.MUST);
                positive = true;
            }
        }

        if (!positive)
        {
            query.Add(Articles(), Occur.MUST);
        }

        return query;
    }

    private Query Word(WordClause word, bool wordsOnly)
    {
        var (wordFields, gramFields) = Fields(word.Field);
        var exact = Any(wordFields.Select(f => Sequence(f, [word.Word], prefix: false)));
        return wordsOnly ? exact : Any([exact, .. gramFields.Select(f => Sequence(f, word.Grams, word.Prefix))]);
    }

    private Query Phrase(PhraseClause phrase, bool wordsOnly)
    {
        var (wordFields, gramFields) = Fields(phrase.Field);
        if (!wordsOnly)
        {
            return Any(gramFields.Select(f => Sequence(f, phrase.Grams, phrase.Prefix)));
        }

        return phrase.Field == QueryField.Source
            ? Sequence(ArticleFields.SourceGrams, phrase.Words, prefix: false)
            : Any(wordFields.Select(f => Words(f, phrase)));
    }

    // A phrase's words at their positions (a break in a Han run leaves one out, as in the index).
    private Query Words(string field, PhraseClause phrase)
    {
        if (phrase.Words.Count == 1)
        {
            return contexts.Query(new Term(field, phrase.Words[0]), Boosts[field]);
        }

        if (ShinglesOf(field) is { } shingles && !phrase.HasBreak() && phrase.Words.All(w => w.Length <= ShingleTokenizer.MaxWordChars))
        {
            return Shingles(shingles, phrase.Words, Boosts[field]);
        }

        var query = new PhraseQuery { Boost = Boosts[field] };
        for (var i = 0; i < phrase.Words.Count; i++)
        {
            query.Add(new Term(field, phrase.Words[i]), phrase.PositionOf(i));
        }

        return query;
    }

    // The same match as the words at consecutive positions: one shingle for two or three words, and
    // for more the three-word shingles starting at each word but the last two, at consecutive positions.
    private Query Shingles(string field, IReadOnlyList<string> words, float boost)
    {
        if (words.Count <= 3)
        {
            return contexts.Query(new Term(field, string.Join(' ', words)), boost);
        }

        var query = new PhraseQuery { Boost = boost };
        for (var i = 0; i + 3 <= words.Count; i++)
        {
            query.Add(new Term(field, string.Join(' ', words.Skip(i).Take(3))), i);
        }

        return query;
    }

    // The shingle column of a word column when every segment of the reader that has the words has
    // their shingles too (an index written before the shingle columns existed has none).
    private string? ShinglesOf(string wordField)
    {
        var shingleField = wordField switch
        {
            ArticleFields.TitleWords => ArticleFields.TitleShingles,
            ArticleFields.BodyWords => ArticleFields.BodyShingles,
            _ => null,
        };
        return shingleField is not null && reader.Leaves.All(leaf =>
            leaf.AtomicReader.FieldInfos.FieldInfo(wordField) is null || leaf.AtomicReader.FieldInfos.FieldInfo(shingleField) is not null)
            ? shingleField
            : null;
    }

    // The terms at consecutive positions of one field, the last one a prefix when asked.
    private Query Sequence(string field, IReadOnlyList<string> terms, bool prefix)
    {
        var boost = Boosts[field];
        if (terms.Count == 0)
        {
            return new BooleanQuery(); // nothing to look for matches nothing
        }

        if (!prefix)
        {
            if (terms.Count == 1)
            {
                return contexts.Query(new Term(field, terms[0]), boost);
            }

            var phrase = new PhraseQuery { Boost = boost };
            foreach (var term in terms)
            {
                phrase.Add(new Term(field, term));
            }

            return phrase;
        }

        var expansions = Expand(field, terms[^1]);
        if (expansions.Length == 0)
        {
            return new BooleanQuery();
        }

        if (terms.Count == 1)
        {
            var any = new BooleanQuery { Boost = boost };
            foreach (var term in expansions)
            {
                any.Add(new TermQuery(term), Occur.SHOULD);
            }

            return any;
        }

        var multi = new MultiPhraseQuery { Boost = boost };
        foreach (var term in terms.Take(terms.Count - 1))
        {
            multi.Add(new Term(field, term));
        }

        multi.Add(expansions);
        return multi;
    }

    // Every term of the field starting with the prefix (the prefix itself included).
    private Term[] Expand(string field, string prefix)
    {
        var terms = new List<Term>();
        if (MultiFields.GetTerms(reader, field) is not { } fieldTerms)
        {
            return [];
        }

        var start = new BytesRef(prefix);
        var enumerator = fieldTerms.GetEnumerator();
        if (enumerator.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        do
        {
            var term = enumerator.Term;
            if (!StringHelper.StartsWith(term, start))
            {
                break;
            }

            terms.Add(new Term(field, BytesRef.DeepCopyOf(term)));
        }
        while (enumerator.MoveNext());

        return terms.ToArray();
    }

    private static Query Any(IEnumerable<Query> queries)
    {
        var list = queries.ToList();
        if (list.Count == 1)
        {
            return list[0];
        }

        var query = new BooleanQuery();
        foreach (var q in list)
        {
            query.Add(q, Occur.SHOULD);
        }

        return query;
    }

    private static (string[] Words, string[] Grams) Fields(QueryField field) => field switch
    {
        QueryField.Title => ([ArticleFields.TitleWords], [ArticleFields.TitleGrams]),
        QueryField.Source => ([ArticleFields.SourceGrams], [ArticleFields.SourceGrams]),
        _ => ([ArticleFields.TitleWords, ArticleFields.BodyWords], [ArticleFields.TitleGrams, ArticleFields.BodyGrams]),
    };
}
