using System.Globalization;
using System.Text;
using NewsSearch.Core.Search.Export;

namespace NewsSearch.Core.Search.Trends;

/// <summary>
/// A trend as CSV, one row per query and period (the shape spreadsheets and plotting tools pivot
/// from): UTF-8 with a BOM, RFC 4180 quoting and inert formulas as the search export writes them.
/// </summary>
public static class TrendsCsv
{
    /// <summary>The column names, in order.</summary>
    public const string Header = "q,query,period,count,total,share";

    /// <summary>The media type.</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The whole file (a trend is small: at most 6 queries × the index's periods).</summary>
    public static byte[] Write(TrendsResponse trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var text = new StringBuilder(Header).Append("\r\n");
        foreach (var series in trends.Series)
        {
            foreach (var point in series.Points)
            {
                text.AppendJoin(',',
                    CsvResultSetWriter.Escape(CsvResultSetWriter.Inert(series.Q)),
                    CsvResultSetWriter.Escape(CsvResultSetWriter.Inert(series.Query)),
                    point.Period,
                    point.Count.ToString(CultureInfo.InvariantCulture),
                    point.Total.ToString(CultureInfo.InvariantCulture),
                    point.Share.ToString("R", CultureInfo.InvariantCulture)).Append("\r\n");
            }
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
