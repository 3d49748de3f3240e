namespace NewsSearch.Core.Search;

/// <summary>
/// One list of candidates kept per thread between searches. A common word matches most of the
/// archive, and a fresh list for it grows through the large-object heap every time: at 20,000
/// articles those lists made every tenth collection a full one.
/// </summary>
internal static class CandidateLists
{
    // Beyond this a list is left to the collector rather than held by an idle thread (24 MB).
    private const int MaxKeptCapacity = 1 << 20;

    [ThreadStatic]
    private static List<Candidate>? t_kept;

    /// <summary>An empty list, the thread's kept one when it has it.</summary>
    public static List<Candidate> Rent()
    {
        var list = t_kept ?? [];
        t_kept = null;
        return list;
    }

    /// <summary>Gives a list back once nothing refers to it any more.</summary>
    public static void Return(List<Candidate> list)
    {
        if (list.Capacity <= MaxKeptCapacity)
        {
            list.Clear();
            t_kept = list;
        }
    }
}
