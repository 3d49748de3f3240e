using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsSearch.Api.Tests;

/// <summary>An index file of the retired SQLite engine left beside the index directory is named on start, with how to rebuild.</summary>
public sealed class RetiredIndexNoticeTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("newssearch-retired-").FullName;

    private string OldFile => Path.Combine(_data, "news.db");

    private string IndexPath => Path.Combine(_data, "index");

    [Fact]
    public async Task AnOldNewsDbWithNoIndexYetGetsOneLineSayingTheEngineChangedAndHowToRebuild()
    {
        await File.WriteAllTextAsync(OldFile, "SQLite format 3");

        var notices = await StartAndCollectNotices();

        var notice = Assert.Single(notices);
        Assert.Equal(
            $"{OldFile} is an index of the SQLite engine, which NewsSearch no longer has: the engine is now Lucene.Net, with its index in {IndexPath}, "
            + "built from NewsSearch:CorpusPath when missing (or run: indexer index <corpus folder> --db <IndexPath>); "
            + "delete the old file once the new index holds your articles",
            notice);
        Assert.DoesNotContain('\n', notice);
        Assert.True(File.Exists(OldFile), "the old file is the operator's to delete");
        Assert.True(Directory.Exists(IndexPath), "the new index is created as usual");
    }

    [Fact]
    public async Task AnOldNewsDbBesideAnExistingIndexIsNotMentionedAgain()
    {
        await File.WriteAllTextAsync(OldFile, "SQLite format 3");
        await StartAndCollectNotices();

        Assert.Empty(await StartAndCollectNotices());
    }

    [Fact]
    public async Task NoOldFileNoNotice()
    {
        Assert.Empty(await StartAndCollectNotices());
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private async Task<List<string>> StartAndCollectNotices()
    {
        var logs = new Messages();
        using var app = new NoticeApplication(IndexPath, logs) { CorpusPath = "" };
        using var client = app.CreateClient();
        await Json.Get(client, "/health/ready");
        return [.. logs.Of(typeof(Infrastructure.RetiredIndexNotice).FullName!)];
    }

    /// <summary>The service with the index directory the test owns and no corpus to index.</summary>
    private sealed class NoticeApplication(string indexPath, Messages logs) : NewsSearchApplication
    {
        public override string IndexLocation => indexPath;

        protected override void ConfigureIndex(IWebHostBuilder builder)
        {
            builder.UseSetting("NewsSearch:IndexPath", indexPath);
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    /// <summary>Keeps every message with its category.</summary>
    private sealed class Messages : ILoggerProvider
    {
        private readonly ConcurrentQueue<(string Category, string Text)> _messages = new();

        public IEnumerable<string> Of(string category) => _messages.Where(m => m.Category == category).Select(m => m.Text);

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(Messages owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner._messages.Enqueue((category, formatter(state, exception)));
        }
    }
}
