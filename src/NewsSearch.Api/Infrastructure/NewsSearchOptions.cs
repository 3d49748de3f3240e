using System.ComponentModel.DataAnnotations;

namespace NewsSearch.Api.Infrastructure;

/// <summary>Settings under <c>NewsSearch:</c> (environment: <c>NewsSearch__DatabasePath</c> and so on).</summary>
public sealed class NewsSearchOptions
{
    public const string SectionName = "NewsSearch";
    public const string DefaultDatabasePath = "data/news.db";
    public const string DefaultCorpusPath = "corpus";
    public const int DefaultWritesPerMinute = 60;
    public const int DefaultCacheSeconds = 300;

    /// <summary>The index file; created and filled from <see cref="CorpusPath"/> when missing.</summary>
    [Required]
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    /// <summary>The folder of articles to index when the index is missing (empty: start with an empty index).</summary>
    public string CorpusPath { get; set; } = DefaultCorpusPath;

    /// <summary>Facet vocabulary file; empty for the built-in taxonomy.</summary>
    public string? TaxonomyPath { get; set; }

    /// <summary>Key required in <c>X-Api-Key</c> by the write endpoints; writes are refused while it is unset.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Origins allowed to call the read endpoints from a browser (CORS); empty for none.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Write requests each client may make per minute.</summary>
    [Range(1, 100_000)]
    public int WritesPerMinute { get; set; } = DefaultWritesPerMinute;

    /// <summary>
    /// How long a read answer (search, facets) may be served from memory; 0 turns the cache off.
    /// Any write to the index makes earlier answers unreachable at once, whatever this says.
    /// </summary>
    [Range(0, 86_400)]
    public int CacheSeconds { get; set; } = DefaultCacheSeconds;

    /// <summary>Articles one POST may carry.</summary>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; set; } = 1_000;
}
