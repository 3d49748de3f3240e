using System.Text.RegularExpressions;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Reporter and writer credits: whole byline lines (○記者 吳婧茸, 本版撰稿 孟旭 单陈晨, 文/X) and
/// signatures closing the last paragraph ((作者:夏燕燕), (孙宝)). Sentences such as 侯正暾告诉记者 are not bylines.
/// </summary>
internal static partial class Bylines
{
    private const int MaxBylineLength = 40;

    /// <summary>Reads the names from a line that is nothing but a byline.</summary>
    public static bool TryParseLine(string line, out IReadOnlyList<string> names)
    {
        names = [];
        if (line.Length > MaxBylineLength)
        {
            return false;
        }

        var match = BylineLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        names = match.Groups["names"].Captures.SelectMany(c => SplitNames(c.Value)).ToList();
        return names.Count > 0;
    }

    /// <summary>Removes a signature closing the paragraph and returns the paragraph without it.</summary>
    public static string StripTrailingSignature(string paragraph, out IReadOnlyList<string> names)
    {
        var match = TrailingCredit().Match(paragraph);
        if (!match.Success)
        {
            match = TrailingName().Match(paragraph);
        }

        if (!match.Success)
        {
            names = [];
            return paragraph;
        }

        names = SplitNames(match.Groups["names"].Value);
        return paragraph[..match.Index].TrimEnd();
    }

    private static List<string> SplitNames(string names) =>
        [.. names.Split([' ', '、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // A role word needs a separator before the names, so "记者手记" (a column heading) is not a byline;
    // 文 needs its slash, or any line opening with 文化 would be one.
    [GeneratedRegex(@"^[○●◎□■▲•·\s\[【(（]*(?:(?:(?:本版|本报|本報|本刊)?(?:记者|記者|通讯员|通訊員|作者|撰稿|撰文|采写|採寫)(?:\s*[:：/|]\s*|\s+)|(?:文|图文|圖文)\s*/\s*)(?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[\s、,，]+\p{IsCJKUnifiedIdeographs}{2,4})*)\s*)+[\]】)）]?\z")]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"[(（]\s*(?:作者|记者|記者|撰稿|文)\s*[:：/]?\s*(?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[\s、,，]+\p{IsCJKUnifiedIdeographs}{2,4})*)\s*[)）]\z")]
    private static partial Regex TrailingCredit();

    // Only after a sentence end, so a closing "(相城)" inside a sentence is not taken for a reporter.
    [GeneratedRegex(@"(?<=[。！？!?”」』""])\s*[(（](?<names>\p{IsCJKUnifiedIdeographs}{2,4})[)）]\z")]
    private static partial Regex TrailingName();
}
