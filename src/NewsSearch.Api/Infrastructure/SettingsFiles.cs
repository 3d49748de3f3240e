using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace NewsSearch.Api.Infrastructure;

/// <summary>
/// The service's own settings files ship next to its binaries. The host looks for them in the content
/// root, the working directory, which under the README's <c>dotnet run --project src/NewsSearch.Api</c>
/// is the repository root, where there are none: the shipped log levels and settings never applied.
/// </summary>
public static class SettingsFiles
{
    /// <summary>
    /// Adds <c>appsettings.json</c> and <c>appsettings.{Environment}.json</c> from beside the binaries,
    /// below those of the content root (a file in the working directory still overrides them), and
    /// so below environment variables and the command line.
    /// </summary>
    public static void AddBesideBinaries(ConfigurationManager configuration, IHostEnvironment environment)
    {
        var binaries = Path.GetFullPath(AppContext.BaseDirectory);
        if (string.Equals(Path.TrimEndingDirectorySeparator(binaries), Path.TrimEndingDirectorySeparator(Path.GetFullPath(environment.ContentRootPath)), StringComparison.Ordinal))
        {
            return; // started from the binaries' folder: the host reads them already
        }

        var sources = configuration.Sources;
        var first = sources.Select((source, index) => (source, index))
            .FirstOrDefault(s => s.source is JsonConfigurationSource { Path: { } path } && path.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase));
        var at = first.source is null ? 0 : first.index;
        var files = new PhysicalFileProvider(binaries);
        sources.Insert(at, Source(files, $"appsettings.{environment.EnvironmentName}.json"));
        sources.Insert(at, Source(files, "appsettings.json"));
    }

    private static JsonConfigurationSource Source(IFileProvider files, string path) =>
        new() { FileProvider = files, Path = path, Optional = true, ReloadOnChange = false };
}
