using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Search;
using NewsSearch.Reliability.Tests.Analysis;

namespace NewsSearch.Reliability.Tests.Search;

public sealed partial class QueryParserPropertyTests : IDisposable
{
    private readonly Analyzer _analyzer = new();

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void Parse_HostileQuery_DisplayHasQuotesOnlyAroundPhrases()
    {
        var parser = new QueryParser(_analyzer);
        Check.One(HostileStrings.Config(400), Prop.ForAll(HostileStrings.Any.ToArbitrary(), query =>
        {
            var parsed = parser.Parse(query);
            var outsidePhrases = Phrase().Replace(parsed.Display, "");
            Assert.False(outsidePhrases.Contains('"'), $"display «{parsed.Display}» for {AnalyzerPropertyTests.Show(query)}");
        }));
    }

    [GeneratedRegex("\"[^\"]+\"")]
    private static partial Regex Phrase();
}
