using NewsSearch.Api.Infrastructure;

// The web page ships next to the binaries, so the service finds it whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
builder.AddNewsSearch();

var app = builder.Build();
app.UseNewsSearch();
app.MapNewsSearch();
app.Run();

/// <summary>The web host's entry point; public so integration tests can host it.</summary>
public partial class Program;
