namespace NewsSearch.Indexer;

/// <summary>An article's heading as the CLI prints it: a heading taken from the text is marked, never passed off as a title.</summary>
internal static class HeadingText
{
    /// <summary>Follows a derived heading.</summary>
    public const string DerivedMark = "[from the text, untitled]";

    public static string Of(string heading, bool derived) => heading.Length == 0
        ? "(untitled)"
        : derived ? $"{heading} {DerivedMark}" : heading;
}
