using NewsSearch.Tests.Shared;

namespace NewsSearch.Web.Tests;

/// <summary>One browser context and page; records console errors and uncaught page errors.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string SettledScript = """
        () => {
          const app = document.getElementById('app');
          return app !== null && app.dataset.state !== 'loading' && app.dataset.rendered === location.search;
        }
        """;

    private readonly IBrowserContext _context;
    private readonly string _artifacts;
    private readonly List<string> _errors = [];

    private BrowserSession(IBrowserContext context, IPage page, string artifacts)
    {
        _context = context;
        _artifacts = artifacts;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(AllowFailedResponses && message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)))
            {
                Record($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record("page error: " + error);
    }

    public IPage Page { get; }

    /// <summary>Set by tests that provoke a 4xx on purpose: Chromium logs each failed response as a console error.</summary>
    public bool AllowFailedResponses { get; set; }

    public static async Task<BrowserSession> OpenAsync(IBrowserContext context, string artifacts) =>
        new(context, await context.NewPageAsync().Within(WebAppFixture.BrowserLimit, "a new page"), artifacts);

    /// <summary>Opens a page of the app and waits until it has rendered the state in its URL.</summary>
    public async Task GotoAsync(string pathAndQuery)
    {
        await Page.GotoAsync(pathAndQuery);
        await SettledAsync();
    }

    /// <summary>Waits until the page has rendered the state its URL holds (results or an error).</summary>
    public Task SettledAsync() => Page.WaitForFunctionAsync(SettledScript);

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_artifacts, name + ".png"), FullPage = true });

    /// <summary>The query string of the page's URL, decoded into its parameters.</summary>
    public ILookup<string, string> UrlParameters()
    {
        var query = new Uri(Page.Url).Query.TrimStart('?');
        return query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToLookup(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString((p.Length > 1 ? p[1] : "").Replace('+', ' ')));
    }

    public void AssertNoErrors()
    {
        lock (_errors)
        {
            Assert.True(_errors.Count == 0, "The page reported errors:\n" + string.Join('\n', _errors));
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync().Within(WebAppFixture.BrowserLimit, "closing the browser context");

    private void Record(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}
