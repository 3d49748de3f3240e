using Microsoft.Extensions.Options;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Api.Infrastructure;

/// <summary>
/// Before the server listens: opens the index (a file of another schema version stops start-up
/// with the command that fixes it) and, when it is empty, indexes the configured corpus.
/// </summary>
public sealed partial class CorpusBootstrapper(
    IServiceProvider services, IOptions<NewsSearchOptions> options, TimeProvider time, ILogger<CorpusBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        IArticleIndex index;
        try
        {
            index = services.GetRequiredService<IArticleIndex>();
        }
        catch (IndexVersionException e)
        {
            LogUnusableIndex(logger, e.Message);
            throw;
        }

        var corpus = options.Value.CorpusPath;
        try
        {
            if (index.LoadCatalog().Count > 0 || string.IsNullOrEmpty(corpus) || index.SourceFiles().Count > 0)
            {
                return;
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException { IsTransient: true } or IndexUnavailableException or TimeoutException)
        {
            // A database engine whose primary is down still serves searches from its standbys.
            LogNotBootstrapped(logger, e.Message);
            return;
        }

        if (!Directory.Exists(corpus))
        {
            LogNoCorpus(logger, Path.GetFullPath(corpus));
            return;
        }

        LogIndexing(logger, Path.GetFullPath(corpus), index.Location);
        var indexer = new CorpusIndexer(index, services.GetRequiredService<ArticleFileReader>(), services.GetRequiredService<ArticlePreparer>(), time);
        var summary = await indexer.IndexAsync([corpus], new IndexingOptions(), progress: null, cancellationToken);
        foreach (var skipped in summary.Skipped)
        {
            LogSkipped(logger, skipped.Origin, skipped.Reason);
        }

        LogIndexed(logger, summary.Indexed, summary.Elapsed.TotalSeconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "The index cannot be used: {Reason}")]
    private static partial void LogUnusableIndex(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check whether the index needs the corpus indexed: {Reason}")]
    private static partial void LogNotBootstrapped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index is empty and the corpus folder {Corpus} does not exist; starting with no articles")]
    private static partial void LogNoCorpus(ILogger logger, string corpus);

    [LoggerMessage(Level = LogLevel.Information, Message = "The index is empty: indexing {Corpus} into {Index}")]
    private static partial void LogIndexing(ILogger logger, string corpus, string index);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Origin}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string origin, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Count} articles in {Seconds:0.0} s")]
    private static partial void LogIndexed(ILogger logger, long count, double seconds);
}
