namespace NewsSearch.Core.Analysis;

/// <summary>Character classes the analyzer cares about.</summary>
public static class CharClass
{
    /// <summary>True for CJK unified ideographs (BMP blocks, extension A and compatibility ideographs) and 〇.</summary>
    public static bool IsHan(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3007';

    /// <summary>True for characters that can be part of a Latin word or a number token.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !IsHan(c);
}
