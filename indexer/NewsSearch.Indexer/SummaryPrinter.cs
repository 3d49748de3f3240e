using System.Globalization;
using NewsSearch.Core.Indexing;

namespace NewsSearch.Indexer;

/// <summary>Prints what an indexing run did; the last line is the throughput line scripts look for.</summary>
internal static class SummaryPrinter
{
    public static void Print(IndexingSummary summary, TextWriter output)
    {
        output.WriteLine(
            $"added {summary.Added}, updated {summary.Updated}, unchanged {summary.Unchanged}, " +
            $"removed {summary.Removed}, skipped {summary.Skipped.Count} ({summary.FilesRead} files read, {summary.UnchangedFiles} unchanged)");
        foreach (var item in summary.Skipped)
        {
            output.WriteLine($"skipped {item.Origin}: {item.Reason}");
        }

        foreach (var item in summary.Warnings)
        {
            output.WriteLine($"warning {item.Origin}: {item.Reason}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"indexed {summary.Indexed} articles in {summary.Elapsed.TotalSeconds:0.0} s ({summary.ArticlesPerSecond:0} articles/s)"));
    }
}
