namespace NewsSearch.Core.Index;

/// <summary>The SQLite layout of an index file. Bump <see cref="Version"/> with any change to it.</summary>
internal static class IndexSchema
{
    /// <summary>Stored in the file's <c>meta</c> table; a file of another version is refused until rebuilt.</summary>
    public const int Version = 2;

    // The full-text table is contentless: the analyzer's tokens arrive space-separated and the ascii
    // tokenizer only splits on ASCII separators, so CJK words and bigrams are stored exactly as given.
    // contentless_delete lets an article be replaced without keeping its tokens around.
    // reprint_group is the rowid of the earliest-indexed article of the same story, NULL for that
    // article itself (most articles lead a group of one, so the partial index stays small);
    // reprint_band holds the MinHash LSH band keys that find candidate reprints; its rows are
    // removed by recomputing the keys from the stored signature, which saves an index on article.
    // The signature sits before the body so reading it never walks the body's overflow pages.
    public const string Create = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

        CREATE TABLE article(
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            title TEXT NOT NULL,
            published INTEGER,
            source TEXT NOT NULL,
            author TEXT NOT NULL,
            reprint_group INTEGER,
            signature BLOB,
            body TEXT NOT NULL,
            origin TEXT,
            origin_file TEXT,
            content_hash TEXT NOT NULL
        ) STRICT;
        CREATE INDEX article_origin_file ON article(origin_file);
        CREATE INDEX article_content_hash ON article(content_hash);
        CREATE INDEX article_reprint_group ON article(reprint_group) WHERE reprint_group IS NOT NULL;

        CREATE TABLE reprint_band(
            band INTEGER NOT NULL,
            article INTEGER NOT NULL,
            PRIMARY KEY(band, article)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE article_tag(
            article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE,
            dimension INTEGER NOT NULL,
            value TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY(article, dimension, value)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX article_tag_value ON article_tag(dimension, value);

        CREATE TABLE source_file(
            path TEXT PRIMARY KEY,
            hash TEXT NOT NULL,
            article_count INTEGER NOT NULL,
            indexed_at TEXT NOT NULL
        ) STRICT;

        CREATE VIRTUAL TABLE article_text USING fts5(
            title_words, title_grams, body_words, body_grams, source_grams,
            content='', contentless_delete=1, tokenize="ascii tokenchars '.'");
        """;

    // A read-only view of the full-text index's terms with per-column document counts. It stores
    // nothing, so it is created on open (also in older files) without a schema version change.
    public const string Vocabulary = """
        CREATE VIRTUAL TABLE IF NOT EXISTS article_vocab USING fts5vocab(article_text, 'col');
        """;

    // FTS5 merges a level's segments once 'automerge' of them pile up. At the default 4, bulk
    // loads spent a third of their time re-merging; 16 halves the writes for slightly more
    // segments per query.
    public const string Tuning = """
        INSERT INTO article_text(article_text, rank) VALUES ('automerge', 16);
        INSERT INTO article_text(article_text, rank) VALUES ('crisismerge', 64);
        INSERT INTO article_text(article_text, rank) VALUES ('pgsz', 16000);
        """;

    /// <summary>Column order of <c>article_text</c>, used by column filters and bm25 weights.</summary>
    public static class Columns
    {
        public const string TitleWords = "title_words";
        public const string TitleGrams = "title_grams";
        public const string BodyWords = "body_words";
        public const string BodyGrams = "body_grams";
        public const string SourceGrams = "source_grams";
    }
}
