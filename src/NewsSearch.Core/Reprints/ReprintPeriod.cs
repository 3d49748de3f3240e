namespace NewsSearch.Core.Reprints;

/// <summary>
/// Reprints follow their original within days, so an article is compared only with articles of
/// its own publication period and the two next to it (<see cref="ReprintDefaults.PeriodDays"/> days
/// each): 30 to 60 days either side. That keeps the work per article flat as the archive grows,
/// where comparing with every article ever indexed would grow with it. Undated articles form one
/// period of their own, which dated articles also look in.
/// </summary>
public static class ReprintPeriod
{
    /// <summary>The period of undated articles.</summary>
    public const int Undated = int.MinValue;

    /// <summary>The period an article published on <paramref name="published"/> is stored under.</summary>
    public static int Of(DateOnly? published) => published is { } day ? day.DayNumber / ReprintDefaults.PeriodDays : Undated;

    /// <summary>The periods to look in for reprints of (or originals of) an article published on <paramref name="published"/>.</summary>
    public static int[] Neighbourhood(DateOnly? published) => Of(published) is var period && period == Undated
        ? [Undated]
        : [period - 1, period, period + 1, Undated];
}
