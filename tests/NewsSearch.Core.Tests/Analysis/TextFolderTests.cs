using NewsSearch.Core.Analysis;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Analysis;

public sealed class TextFolderTests(AnalyzerFixture fixture) : IClassFixture<AnalyzerFixture>
{
    public static TheoryData<string> Texts()
    {
        var texts = new TheoryData<string>
        {
            "蘇州工業園區與新加坡ＡＩ合作",
            "ＡＩ与5G，LEED金奖２０２２年增长6.6%",
            "見證　中日合作…㈱",
            "𠀀 surrogate pair, lone \ud800 high",
            "…starts and ends with expansions㈱",
            "",
        };
        foreach (var file in Directory.GetFiles(SeedCorpus.CorpusRoot, "*.txt").Order(StringComparer.Ordinal))
        {
            texts.Add(File.ReadAllText(file));
        }

        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Fold_AgainOnceItsCharactersAreKnown_GivesTheSameTextAndOffsets(string text)
    {
        // The first fold meets every character for the first time and builds the offset map; the
        // second finds them all known and, when each folds to one character, builds none.
        var folder = new TextFolder(fixture.Analyzer.Script);

        var first = folder.Fold(text);
        var again = folder.Fold(text);

        Assert.Equal(first.Text, again.Text);
        Assert.Equal(
            Enumerable.Range(0, first.Text.Length + 1).Select(first.ToOriginal),
            Enumerable.Range(0, again.Text.Length + 1).Select(again.ToOriginal));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Fold_EachFoldedCharacter_MapsToTheOriginalCharacterItCameFrom(string text)
    {
        // The reference: fold each character (or surrogate pair) alone; every character it gives
        // maps back to it, and the end of the folded text to the end of the original.
        var folder = new TextFolder(fixture.Analyzer.Script);
        var expected = new List<int>();
        var pieces = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var piece = folder.FoldToString(text.Substring(i, width));
            expected.AddRange(Enumerable.Repeat(i, piece.Length));
            pieces.Append(piece);
            i += width - 1;
        }

        expected.Add(text.Length);

        var folded = folder.Fold(text);

        Assert.Equal(pieces.ToString(), folded.Text);
        Assert.Equal(expected, Enumerable.Range(0, folded.Text.Length + 1).Select(folded.ToOriginal));
    }

    [Fact]
    public void Fold_TraditionalFullWidthAndCase_FoldsEachCharacterInPlace()
    {
        var folder = new TextFolder(fixture.Analyzer.Script);
        folder.Fold("蘇州ＡＩ");

        var folded = folder.Fold("蘇州ＡＩ");

        Assert.Equal("苏州ai", folded.Text);
        Assert.Equal([0, 1, 2, 3, 4], Enumerable.Range(0, 5).Select(folded.ToOriginal));
    }
}
