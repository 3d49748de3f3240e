using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace NewsSearch.Reliability.Tests;

/// <summary>
/// Generators of hostile text: any UTF-16 unit (lone surrogates included), bidi marks, NUL and
/// control characters, FTS5 and SQL syntax, real Chinese words, and now and then 10,000 characters.
/// Every property runs from a fixed seed, so a failure replays.
/// </summary>
internal static class HostileStrings
{
    public const ulong Seed = 20240606;

    private static readonly string[] Syntax =
    [
        "\"", "*", "(", ")", "NEAR(", " AND ", " OR ", " NOT ", "^", ":", "'", ";--", "{col}", "title:", "source:",
        "-", "\\", "%", "_", "$id", "?", "/*", "*/", "' OR 1=1 --", "\"); DROP TABLE article; --", "NEAR(a b, 3)",
        "<script>alert(1)</script>", "&lt;", "\r\n", "\t", "\u3000", "\u00A0",
    ];

    private static readonly string[] Marks =
    [
        "\u200F", "\u202E", "\u200E", "\u202D", "\u200B", "\uFEFF", "\0", "\u0001", "\u001F", "\u007F", "\u0085",
        "\u2028", "\u2029", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\U0001F600", "\U00020000", "\uFFFD", "\uFFFF",
        "\u0301", "ǖ", "ü", "(wù)",
    ];

    private static readonly string[] Words =
    [
        "苏州", "工业园区", "新加坡", "合作", "中新", "相城", "LEED", "服務貿易", "2019", "A", "zz", "園區", "中国",
    ];

    /// <summary>One fragment of hostile text.</summary>
    public static Gen<string> Fragment { get; } = Gen.Frequency(
        (4, Gen.Elements(Syntax)),
        (3, Gen.Elements(Marks)),
        (4, Gen.Elements(Words)),
        (3, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
        (2, Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString())),
        (2, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
        (1, Gen.Choose(0, 0x1F).Select(c => ((char)c).ToString())));

    /// <summary>Hostile strings of any length, one in about twenty of 10,000 characters.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
        (19, Gen.ListOf(Fragment).Select(parts => string.Concat(parts))),
        (1, Gen.ListOf(Fragment).Select(Long)));

    /// <summary>Hostile strings of at most <paramref name="max"/> characters.</summary>
    public static Gen<string> AtMost(int max) => Any.Select(s => s.Length <= max ? s : s[..max]);

    public static Config Config(int tests) =>
        FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(tests)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    private static string Long(IEnumerable<string> parts)
    {
        var seed = string.Concat(parts);
        if (seed.Length == 0)
        {
            seed = "苏州工业园区 AND \"";
        }

        var builder = new System.Text.StringBuilder(10_000);
        while (builder.Length < 10_000)
        {
            builder.Append(seed);
        }

        return builder.ToString(0, 10_000);
    }
}
