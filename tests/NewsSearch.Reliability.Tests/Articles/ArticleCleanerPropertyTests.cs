using FsCheck;
using FsCheck.Fluent;
using NewsSearch.Core.Articles;

namespace NewsSearch.Reliability.Tests.Articles;

public sealed class ArticleCleanerPropertyTests
{
    [Fact]
    public void Clean_HostileText_ReturnsTrimmedNonEmptyParagraphs()
    {
        var lines = Gen.ListOf(Gen.OneOf(HostileStrings.Any, Gen.Constant("\n"), Gen.Constant("相关链接"), Gen.Constant("\r\n")))
            .Select(parts => string.Concat(parts));
        Check.One(HostileStrings.Config(300), Prop.ForAll(lines.ToArbitrary(), text =>
        {
            foreach (var paragraph in ArticleCleaner.Clean(text))
            {
                Assert.NotEqual("", paragraph);
                Assert.Equal(paragraph.Trim(), paragraph);
                Assert.DoesNotContain('\n', paragraph);
            }
        }));
    }
}
