using Microsoft.Extensions.Options;
using NewsSearch.Api.Infrastructure;

// The web page ships next to the binaries, so the service finds it whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
SettingsFiles.AddBesideBinaries(builder.Configuration, builder.Environment);
builder.AddNewsSearch();

var app = builder.Build();
try
{
    // Checked before the host starts, which would log the refusal with a stack trace: a setting that
    // cannot work is the operator's to fix, so name it in one line and exit as the CLI does for bad usage.
    _ = app.Services.GetRequiredService<IOptions<NewsSearchOptions>>().Value;
}
catch (OptionsValidationException e)
{
    Console.Error.WriteLine($"NewsSearch did not start: {string.Join(" ", e.Failures)}");
    return 2;
}

app.UseNewsSearch();
app.MapNewsSearch();
try
{
    app.Run();
}
catch (Exception e) when (e is NewsSearch.Core.Index.IndexVersionException or NewsSearch.Core.Index.SegmenterMismatchException)
{
    // Already logged with the command that fixes it; exit as the indexer CLI does for an unusable index.
    return 3;
}

return 0;

/// <summary>The web host's entry point; public so integration tests can host it.</summary>
public partial class Program;
