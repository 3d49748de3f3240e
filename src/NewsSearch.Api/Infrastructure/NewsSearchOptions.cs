using System.ComponentModel.DataAnnotations;
using NewsSearch.Core.Index;

namespace NewsSearch.Api.Infrastructure;

/// <summary>Settings under <c>NewsSearch:</c> (environment: <c>NewsSearch__IndexPath</c> and so on).</summary>
public sealed class NewsSearchOptions : IValidatableObject
{
    public const string SectionName = "NewsSearch";
    public const string DefaultIndexPath = "data/index";
    public const string DefaultCorpusPath = "corpus";
    public const int DefaultWritesPerMinute = 60;
    public const int DefaultCacheSeconds = 300;

    /// <summary>
    /// Where the index lives: <c>lucene</c>, embedded, the default (the directory at <see cref="IndexPath"/>),
    /// or <c>postgres</c>, the scale-out engine (<see cref="ConnectionString"/>).
    /// </summary>
    [Required(ErrorMessage = "Engine must be lucene or postgres.")]
    [RegularExpression("^(lucene|postgres)$", ErrorMessage = "Engine must be lucene or postgres.")]
    public string Engine { get; set; } = ArticleIndexes.Lucene;

    /// <summary>
    /// The word segmenter: <c>smartcn</c> or <c>icu</c>; unset, an existing index keeps the one it
    /// records and a new one takes its engine's default (lucene: smartcn; postgres: icu, the only
    /// one it uses). Searches always analyze as the index was built; writes with another
    /// segmenter than the index records are refused.
    /// </summary>
    [RegularExpression("^(smartcn|icu)$", ErrorMessage = "Segmenter must be smartcn or icu.")]
    public string? Segmenter { get; set; }

    /// <summary>
    /// With the postgres engine: the Npgsql connection string, one host or the primary and its
    /// standbys (<c>Host=db1:5432,db2:5432;Database=newssearch;...</c>): writes go to the primary,
    /// searches prefer a standby.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>With the lucene engine: the index directory; created and filled from <see cref="CorpusPath"/> when missing.</summary>
    [Required]
    public string IndexPath { get; set; } = DefaultIndexPath;

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

    /// <summary>Where <see cref="Engine"/> finds the index: the directory or the connection string.</summary>
    public string IndexLocation => Engine == ArticleIndexes.Postgres ? ConnectionString ?? "" : IndexPath;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Engine == ArticleIndexes.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("ConnectionString is required when Engine is postgres.", [nameof(ConnectionString)]);
        }

        if (Segmenter is not null && IndexAnalyzers.Refusal(Engine, Segmenter) is { } refusal)
        {
            yield return new ValidationResult(refusal, [nameof(Segmenter)]);
        }
    }
}
