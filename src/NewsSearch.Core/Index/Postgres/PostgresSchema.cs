namespace NewsSearch.Core.Index.Postgres;

/// <summary>The PostgreSQL layout of an index. Bump <see cref="Version"/> with any change to it.</summary>
internal static class PostgresSchema
{
    /// <summary>Stored in the <c>meta</c> table; a database of another version is refused until rebuilt.</summary>
    public const int Version = 4;

    /// <summary>
    /// Taken by every writer for its whole transaction: one writer at a time per index, as with
    /// Lucene.Net. Keyed by schema as well, so indexes in different schemas of a database never wait on each other.
    /// </summary>
    public const string TakeWriterLock = "SELECT pg_advisory_xact_lock(1314084690, hashtext(current_schema()))"; // "NSWR"

    // The analyzer's terms are stored as tsvectors built by the application (no text search
    // configuration touches them), one per column of the analyzer's output (the body's grams
    // without positions). Matching and ranking read them term by term instead, from two posting
    // tables covered by their primary keys, so a search is index-only scans in article order and never
    // opens a vector (out of line, in TOAST, several microseconds each): word_posting has each word's
    // counts and the article's length (BM25), gram_posting each gram's positions (runs). The vectors
    // say which postings an article has, for deleting them and for the integrity check; only
    // source_grams, matched on the row for source:, keeps a GIN index. Title words also go to
    // title_word, for suggestions. published is the day number (DateOnly.DayNumber), as in Lucene.Net, so
    // both engines share the catalog and reprint-period code. meta keeps the totals BM25 needs.
    public const string Create = """
        CREATE TABLE meta(key text PRIMARY KEY, value text NOT NULL);

        CREATE SEQUENCE article_key_seq;
        CREATE TABLE article(
            key bigint PRIMARY KEY,
            id text NOT NULL UNIQUE,
            url text,
            title text NOT NULL,
            published integer,
            source text NOT NULL,
            author text NOT NULL,
            reprint_group bigint,
            signature bytea,
            body text NOT NULL,
            origin text,
            origin_file text,
            content_hash text NOT NULL,
            word_count integer NOT NULL,
            title_words tsvector NOT NULL,
            title_grams tsvector NOT NULL,
            body_words tsvector NOT NULL,
            body_grams tsvector NOT NULL,
            source_grams tsvector NOT NULL);
        CREATE INDEX article_origin_file ON article(origin_file);
        CREATE INDEX article_content_hash ON article(content_hash);
        CREATE INDEX article_reprint_group ON article(reprint_group) WHERE reprint_group IS NOT NULL;
        CREATE INDEX article_source_grams ON article USING gin(source_grams);

        CREATE TABLE word_posting(
            word text COLLATE "C" NOT NULL,
            article bigint NOT NULL,
            title_count smallint NOT NULL,
            body_count smallint NOT NULL,
            word_count integer NOT NULL,
            PRIMARY KEY(word, article) INCLUDE (title_count, body_count, word_count));

        CREATE TABLE gram_posting(
            gram text COLLATE "C" NOT NULL,
            article bigint NOT NULL,
            positions smallint[] NOT NULL,
            PRIMARY KEY(gram, article) INCLUDE (positions));

        CREATE TABLE reprint_band(
            band bigint NOT NULL,
            article bigint NOT NULL,
            PRIMARY KEY(band, article));
        CREATE INDEX reprint_band_article ON reprint_band(article);

        CREATE TABLE article_tag(
            article bigint NOT NULL REFERENCES article(key) ON DELETE CASCADE,
            dimension integer NOT NULL,
            value text NOT NULL,
            mentions integer NOT NULL,
            PRIMARY KEY(article, dimension, value));
        CREATE INDEX article_tag_value ON article_tag(dimension, value);

        CREATE TABLE title_word(
            word text COLLATE "C" NOT NULL,
            article bigint NOT NULL REFERENCES article(key) ON DELETE CASCADE,
            PRIMARY KEY(word, article));
        CREATE INDEX title_word_article ON title_word(article);

        CREATE TABLE source_file(
            path text PRIMARY KEY,
            hash text NOT NULL,
            article_count integer NOT NULL,
            indexed_at text NOT NULL);
        """;

    /// <summary>Every table and sequence of the index, for a rebuild.</summary>
    public const string Drop = """
        DROP TABLE IF EXISTS gram_posting, word_posting, title_word, article_tag, reprint_band, source_file, article, meta CASCADE;
        DROP SEQUENCE IF EXISTS article_key_seq;
        """;
}
