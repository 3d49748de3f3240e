using FsCheck;
using FsCheck.Fluent;
using NewsSearch.Core.Analysis;

namespace NewsSearch.Reliability.Tests.Analysis;

public sealed class AnalyzerPropertyTests : IDisposable
{
    private readonly Analyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void Analyze_HostileText_TokensStayInsideTheText()
    {
        Check.One(HostileStrings.Config(300), Prop.ForAll(HostileStrings.Any.ToArbitrary(), text =>
        {
            var analyzed = _analyzer.Analyze(text);
            foreach (var token in analyzed.Words.Concat(analyzed.Grams))
            {
                Assert.True(token.Start >= 0 && token.Start <= token.End && token.End <= text.Length,
                    $"token '{token.Term}' [{token.Start},{token.End}) outside a text of {text.Length} chars: {Show(text)}");
                Assert.False(string.IsNullOrEmpty(token.Term), "empty term for " + Show(text));
            }
        }));
    }

    [Fact]
    public void IndexTerms_HostileText_EqualsAnalyzeTermsJoined()
    {
        Check.One(HostileStrings.Config(300), Prop.ForAll(HostileStrings.Any.ToArbitrary(), text =>
        {
            var analyzed = _analyzer.Analyze(text);
            var indexed = _analyzer.IndexTerms(text);
            // A left-out position (a break in a Han run between two words) is a second space.
            var words = string.Concat(analyzed.Words.Select((t, i) => i == 0 ? t.Term
                : new string(' ', analyzed.WordPositions[i] - analyzed.WordPositions[i - 1]) + t.Term));
            Assert.Equal(words, indexed.Words);
            Assert.Equal(string.Join(' ', analyzed.Grams.Select(t => t.Term)), indexed.Grams);
        }));
    }

    internal static string Show(string text) =>
        string.Concat(text.Take(200).Select(c => c < 0x20 || char.IsSurrogate(c) || c is '\u200F' or '\u202E' ? $"\\u{(int)c:X4}" : c.ToString()));
}
