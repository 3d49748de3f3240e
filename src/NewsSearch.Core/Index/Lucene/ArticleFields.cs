using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Taxonomy;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Field names of the three kinds of document in the index, and how an article becomes documents
/// and back. An article is two documents: the article itself (text, stored fields, doc values),
/// written once per version, and its placement (origin and reprint group), the part that changes
/// while the article stays: rewriting the small placement never re-indexes the text.
/// </summary>
internal static class ArticleFields
{
    public const string Type = "type";
    public const string ArticleType = "article";
    public const string PlacementType = "placement";
    public const string FileType = "file";

    // Article documents.
    public const string Id = "id";
    public const string Key = "key";
    public const string KeyValues = "key_dv";
    public const string Hash = "hash";
    public const string Url = "url";
    public const string Title = "title";
    public const string Published = "published";
    public const string Day = "day_dv";
    public const string Source = "source";
    public const string SourceValues = "source_dv";
    public const string Author = "author";
    public const string Body = "body";
    public const string Signature = "signature";
    public const string SignatureValues = "signature_dv";
    public const string Band = "band";
    public const string Tag = "tag";

    // The analyzer's columns, each its own field so phrases never cross from one into another.
    public const string TitleWords = "title_words";
    public const string TitleGrams = "title_grams";
    public const string BodyWords = "body_words";
    public const string BodyGrams = "body_grams";
    public const string SourceGrams = "source_grams";

    // The word columns again, as their adjacent words two and three at a time (ShingleTokenizer),
    // so that a phrase of whole words is one term.
    public const string TitleShingles = "title_shingles";
    public const string BodyShingles = "body_shingles";

    // Placement documents.
    public const string PlacementKey = "pkey";
    public const string PlacementKeyValues = "pkey_dv";
    public const string PlacementId = "pid";
    public const string Origin = "origin";
    public const string OriginFile = "origin_file";
    public const string Group = "group";
    public const string GroupValues = "group_dv";

    // Source file documents.
    public const string FilePath = "file_path";
    public const string FileHash = "file_hash";
    public const string FileArticles = "file_articles";
    public const string FileIndexedAt = "file_indexed_at";

    public static readonly string[] Dimensions = Enum.GetValues<FacetDimension>().Select(d => "tag_" + (int)d).ToArray();

    /// <summary>The stored fields a write batch reads of an article (never its texts).</summary>
    public static readonly ISet<string> StateFields = new HashSet<string>(StringComparer.Ordinal) { Id, Key, Hash, Signature, Published };

    /// <summary>
    /// The word columns: indexed as every text field, and each document's distinct terms kept as a
    /// term vector (terms and their counts only: no positions, no offsets), so the words of a set of
    /// articles are read back (<see cref="LuceneArticleIndex.ArticleWords"/>) instead of segmented again.
    /// </summary>
    public static readonly FieldType WordsType = NewWordsType();

    public static string Text(long key) => key.ToString(CultureInfo.InvariantCulture);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The article document of <paramref name="indexed"/> under <paramref name="key"/>.</summary>
    public static LuceneDocument ArticleDocument(IndexedArticle indexed, long key)
    {
        var article = indexed.Article;
        var document = new LuceneDocument
        {
            new StringField(Type, ArticleType, Field.Store.NO),
            new StringField(Id, article.Id, Field.Store.YES),
            new StringField(Key, Text(key), Field.Store.YES),
            new NumericDocValuesField(KeyValues, key),
            new StringField(Hash, indexed.ContentHash, Field.Store.YES),
            new StoredField(Title, article.Title),
            new StoredField(Source, article.Source),
            new SortedDocValuesField(SourceValues, new BytesRef(article.Source)),
            new StoredField(Author, article.Author),
            new StoredField(Body, article.Body),
            new NumericDocValuesField(Day, article.Published?.DayNumber ?? ArticleCatalog.NoDate),
            new Field(TitleWords, indexed.Title.Words, WordsType),
            new TextField(TitleGrams, indexed.Title.Grams, Field.Store.NO),
            new Field(BodyWords, indexed.Body.Words, WordsType),
            new TextField(TitleShingles, indexed.Title.Words, Field.Store.NO),
            new TextField(BodyShingles, indexed.Body.Words, Field.Store.NO),
            new TextField(BodyGrams, indexed.Body.Grams, Field.Store.NO),
            new TextField(SourceGrams, indexed.Source.Grams, Field.Store.NO),
        };
        if (article.Url is { } url)
        {
            document.Add(new StoredField(Url, url));
        }

        if (article.Published is { } published)
        {
            document.Add(new StoredField(Published, published.DayNumber));
        }

        if (indexed.Signature is { } signature)
        {
            var bytes = signature.ToBytes();
            document.Add(new StoredField(Signature, bytes));
            document.Add(new BinaryDocValuesField(SignatureValues, new BytesRef(bytes)));
            foreach (var band in signature.BandKeys(ReprintPeriod.Of(article.Published)))
            {
                document.Add(new StringField(Band, Text(band), Field.Store.NO));
            }
        }

        foreach (var dimension in Enum.GetValues<FacetDimension>())
        {
            foreach (var tag in article.Tags.Of(dimension))
            {
                document.Add(new StoredField(Tag, $"{(int)dimension}\u001F{tag.Mentions}\u001F{tag.Id}"));
                document.Add(new SortedSetDocValuesField(Dimensions[(int)dimension], new BytesRef(tag.Id)));
            }
        }

        return document;
    }

    /// <summary>The placement document: where the article came from and the reprint group it is in.</summary>
    public static LuceneDocument PlacementDocument(ArticleState state)
    {
        var document = new LuceneDocument
        {
            new StringField(Type, PlacementType, Field.Store.NO),
            new StringField(PlacementKey, Text(state.Key), Field.Store.YES),
            new NumericDocValuesField(PlacementKeyValues, state.Key),
            new StringField(PlacementId, state.Id, Field.Store.YES),
            new NumericDocValuesField(GroupValues, state.Group ?? 0),
        };
        if (state.Origin is { } origin)
        {
            document.Add(new StoredField(Origin, origin));
        }

        if (OriginFileOf(state.Origin) is { } file)
        {
            document.Add(new StringField(OriginFile, file, Field.Store.NO));
        }

        if (state.Group is { } group)
        {
            document.Add(new StringField(Group, Text(group), Field.Store.YES));
        }

        return document;
    }

    /// <summary>The record of an indexed source file.</summary>
    public static LuceneDocument FileDocument(SourceFileRecord file) =>
    [
        new StringField(Type, FileType, Field.Store.NO),
        new StringField(FilePath, file.Path, Field.Store.YES),
        new StoredField(FileHash, file.Hash),
        new StoredField(FileArticles, file.ArticleCount),
        new StoredField(FileIndexedAt, file.IndexedAt.ToString("O", CultureInfo.InvariantCulture)),
    ];

    /// <summary>The article stored in an article document, without its origin (which its placement holds).</summary>
    public static Article ToArticle(LuceneDocument document) => new()
    {
        Id = document.Get(Id),
        Url = document.Get(Url),
        Title = document.Get(Title) ?? "",
        Published = PublishedOf(document),
        Source = document.Get(Source) ?? "",
        Author = document.Get(Author) ?? "",
        Body = document.Get(Body) ?? "",
        Tags = TagsOf(document),
    };

    public static DateOnly? PublishedOf(LuceneDocument document) =>
        document.GetField(Published)?.GetInt32Value() is { } day ? DateOnly.FromDayNumber(day) : null;

    public static long KeyOf(LuceneDocument document, string field) => long.Parse(document.Get(field), CultureInfo.InvariantCulture);

    public static SourceFileRecord ToSourceFile(LuceneDocument document) => new(
        document.Get(FilePath),
        document.Get(FileHash),
        document.GetField(FileArticles).GetInt32Value() ?? 0,
        DateTimeOffset.Parse(document.Get(FileIndexedAt), CultureInfo.InvariantCulture));

    /// <summary>The file part of an origin: JSON Lines origins carry a <c>:line</c> suffix.</summary>
    public static string? OriginFileOf(string? origin) => SourceOrigins.FileOf(origin);

    private static FieldType NewWordsType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true };
        type.Freeze();
        return type;
    }

    private static ArticleTags TagsOf(LuceneDocument document)
    {
        var dimensions = new List<Tag>[] { [], [], [] };
        foreach (var value in document.GetValues(Tag))
        {
            var parts = value.Split('\u001F', 3);
            dimensions[int.Parse(parts[0], CultureInfo.InvariantCulture)].Add(new Tag(parts[2], int.Parse(parts[1], CultureInfo.InvariantCulture)));
        }

        // The order the other engines read them in: most mentioned first, then by value.
        var ordered = dimensions.Select(d => d.OrderByDescending(t => t.Mentions).ThenBy(t => t.Id, StringComparer.Ordinal).ToList()).ToArray();
        return new ArticleTags(ordered[0], ordered[1], ordered[2]);
    }
}
