using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSearch.Core.Articles;

/// <summary>The date notations found in Chinese news pages and feeds, and how to read them.</summary>
public static partial class DateText
{
    /// <summary>How far past the latest year an article mentions its publication can plausibly be.</summary>
    private const int MaxYearsAfterLatestMention = 6;

    /// <summary>Reads a whole value: ISO date or date-time (with offset), "2021-06-07 16:05:02" or "2022年11月6日".</summary>
    public static bool TryParse(string value, out DateOnly date)
    {
        var text = value.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var moment)
            && NumericDate().IsMatch(text))
        {
            // The calendar date as written at the publisher's offset, not converted to UTC.
            date = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }

        var match = WholeChineseDate().Match(text);
        return TryCreate(match, out date);
    }

    /// <summary>Finds the first numeric date ("2021-06-07", "2021/6/7") or Chinese date ("2021年11月5日") in a line.</summary>
    public static bool TryFind(string line, out DateOnly date) =>
        TryCreate(NumericDate().Match(line), out date) || TryCreate(ChineseDate().Match(line), out date);

    /// <summary>Finds a Chinese date, also the "2022年的11月6日" form, in running text.</summary>
    public static bool TryFindChinese(string text, out DateOnly date) => TryCreate(ChineseDate().Match(text), out date);

    /// <summary>True when the line is nothing but a date, time and weekday (after any bullet).</summary>
    public static bool IsDateLine(string line)
    {
        var rest = DateOrWeekdayDate().Replace(line, "", 1);
        if (rest.Length == line.Length)
        {
            return false;
        }

        rest = Time().Replace(rest, "");
        rest = Weekday().Replace(rest, "");
        return rest.Trim(" \t|｜•·●▪■◆-—:：/".ToCharArray()).Length == 0;
    }

    /// <summary>
    /// Dates a "11月17日 星期日" line: the first year from the latest year the article mentions
    /// (up to six years on) in which that month and day fall on that weekday.
    /// </summary>
    public static bool TryInferFromWeekday(string line, IEnumerable<int> yearsMentioned, out DateOnly date)
    {
        date = default;
        var match = WeekdayDate().Match(line);
        var years = yearsMentioned.ToList();
        if (!match.Success || years.Count == 0)
        {
            return false;
        }

        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var weekday = ToDayOfWeek(match.Groups["w"].Value[0]);
        var latest = years.Max();
        for (var year = latest; year <= latest + MaxYearsAfterLatestMention; year++)
        {
            if (month <= 12 && day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day).DayOfWeek == weekday)
            {
                date = new DateOnly(year, month, day);
                return true;
            }
        }

        return false;
    }

    /// <summary>The years (19xx or 20xx followed by 年) the text mentions.</summary>
    public static IEnumerable<int> YearsMentioned(string text) =>
        YearMention().Matches(text).Select(m => int.Parse(m.ValueSpan[..4], CultureInfo.InvariantCulture));

    private static DayOfWeek ToDayOfWeek(char c) => c switch
    {
        '一' => DayOfWeek.Monday,
        '二' => DayOfWeek.Tuesday,
        '三' => DayOfWeek.Wednesday,
        '四' => DayOfWeek.Thursday,
        '五' => DayOfWeek.Friday,
        '六' => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static bool TryCreate(Match match, out DateOnly date)
    {
        date = default;
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?!\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})年(?:的)?(?<m>\d{1,2})月(?<d>\d{1,2})[日号號]")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})[日号號]?\z")]
    private static partial Regex WholeChineseDate();

    [GeneratedRegex(@"(?<!\d)(?<m>\d{1,2})月(?<d>\d{1,2})[日号號]\s*(?:星期|周|週|礼拜|禮拜)(?<w>[一二三四五六日天])")]
    private static partial Regex WeekdayDate();

    [GeneratedRegex(@"(?:(?:19|20)\d{2}[-/.年]\s*)?\d{1,2}[-/.月]\s*\d{1,2}[日号號]?")]
    private static partial Regex DateOrWeekdayDate();

    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2})?")]
    private static partial Regex Time();

    [GeneratedRegex("(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?=年)")]
    private static partial Regex YearMention();
}
