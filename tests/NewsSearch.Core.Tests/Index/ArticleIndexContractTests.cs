using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;

namespace NewsSearch.Core.Tests.Index;

/// <summary>What every engine behind <see cref="IArticleIndex"/> must do; one derived class per engine.</summary>
public abstract class ArticleIndexContractTests : IClassFixture<AnalyzerFixture>, IDisposable
{
    private static readonly DateTimeOffset IndexedAt = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private readonly AnalyzerFixture _analysis;
    private readonly ArticlePreparer _preparer;
    private IArticleIndex? _index;

    protected ArticleIndexContractTests(AnalyzerFixture analysis)
    {
        _analysis = analysis;
        _preparer = new ArticlePreparer(analysis.Analyzer, new FacetTagger(FacetVocabulary.Default, analysis.Analyzer.Folder));
    }

    private IArticleIndex Index => _index ??= Open(rebuild: false);

    /// <summary>Prepares articles as the indexer does.</summary>
    protected ArticlePreparer Preparer => _preparer;

    /// <summary>Parses a query as the search service does.</summary>
    protected ParsedQuery Parse(string query) => new QueryParser(_analysis.Analyzer).Parse(query);

    public virtual void Dispose()
    {
        _index?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens the engine's index at the test's own location (the same one each time).</summary>
    protected abstract IArticleIndex Open(bool rebuild);

    /// <summary>True when a phrase's whole-word tier holds exactly the articles with its words in sequence.</summary>
    protected virtual bool PhraseTierIsPositional => true;

    /// <summary>Tag rows whose article is gone, read from the engine's storage directly.</summary>
    protected abstract long OrphanTags();

    /// <summary>All tag rows, read from the engine's storage directly.</summary>
    protected abstract long AllTags();

    [Fact]
    public void Upsert_NewId_IsAddedAndFoundWithItsTags()
    {
        var outcome = Write(Article("a", "苏州工业园区与新加坡合作建设园区,新加坡企业纷纷落户。"));

        Assert.Equal(UpsertOutcome.Added, outcome);
        var found = Index.Find("a");
        Assert.NotNull(found);
        Assert.Equal("苏州工业园区与新加坡合作建设园区,新加坡企业纷纷落户。", found.Body);
        Assert.Equal(new DateOnly(2021, 6, 7), found.Published);
        Assert.Contains(found.Tags.Countries, t => t.Id == "singapore");
    }

    [Fact]
    public void Upsert_SameContentAgain_IsUnchanged()
    {
        Write(Article("a", "苏州工业园区与新加坡合作。"));

        Assert.Equal(UpsertOutcome.Unchanged, Write(Article("a", "苏州工业园区与新加坡合作。")));
    }

    [Fact]
    public void Upsert_ChangedBody_IsUpdatedAndOldWordsNoLongerMatch()
    {
        Write(Article("a", "相城区举办枇杷节。"));

        var outcome = Write(Article("a", "相城区举办鲈鱼节。"));

        Assert.Equal(UpsertOutcome.Updated, outcome);
        Assert.Equal("相城区举办鲈鱼节。", Index.Find("a")!.Body);
        Assert.Empty(Match("枇杷"));
        Assert.Single(Match("鲈鱼"));
    }

    [Fact]
    public void Delete_ExistingId_RemovesArticleTagsAndText()
    {
        Write(Article("a", "苏州工业园区与新加坡合作。"), Article("b", "相城区与日本合作。"));

        bool deleted;
        using (var batch = Index.BeginBatch())
        {
            deleted = batch.Delete("a");
            Assert.False(batch.Delete("missing"));
            batch.Commit();
        }

        Assert.True(deleted);
        Assert.Null(Index.Find("a"));
        Assert.Empty(Match("新加坡"));
        Assert.Equal(0L, OrphanTags());
        Assert.NotNull(Index.Find("b"));
    }

    [Fact]
    public void FindDuplicate_SameContentUnderAnotherId_ReturnsTheStoredId()
    {
        var first = _preparer.Prepare(Article("a", "苏州高新区发布新政策。"));
        Write(Article("a", "苏州高新区发布新政策。"));

        using var batch = Index.BeginBatch();
        Assert.Equal("a", batch.FindDuplicate(first.ContentHash, "b"));
        Assert.Null(batch.FindDuplicate(first.ContentHash, "a"));
        Assert.Null(batch.FindDuplicate("0123456789abcdef0123456789abcdef", "b"));
    }

    [Fact]
    public void DeleteFromFile_JsonLinesOrigins_RemovesOnlyThatFilesArticlesNotKept()
    {
        Write(Article("one", "第一篇张家港新闻。", "feed.jsonl:1"), Article("two", "第二篇常熟新闻。", "feed.jsonl:2"),
            Article("three", "第三篇太仓新闻。", "other.txt"));

        int removed;
        using (var batch = Index.BeginBatch())
        {
            removed = batch.DeleteFromFile("feed.jsonl", new HashSet<string> { "one" });
            batch.Commit();
        }

        Assert.Equal(1, removed);
        Assert.NotNull(Index.Find("one"));
        Assert.Null(Index.Find("two"));
        Assert.NotNull(Index.Find("three"));
    }

    [Fact]
    public void DeleteFromFile_BatchChangedAndCommittedArticles_RemovesEachNotKeptOnce()
    {
        Write(Article("one", "第一篇张家港新闻。", "feed.jsonl:1"), Article("two", "第二篇常熟新闻。", "feed.jsonl:2"),
            Article("three", "第三篇太仓新闻。", "feed.jsonl:3"), Article("four", "第四篇昆山新闻。", "feed.jsonl:4"),
            Article("five", "第五篇吴江新闻。", "other.txt"));

        int removed;
        using (var batch = Index.BeginBatch())
        {
            // Changed in this batch: "two" rewritten, "three" moved to another file, "four" deleted,
            // "six" and "seven" new; only "one" and "six" are kept.
            batch.Upsert(_preparer.Prepare(Article("two", "第二篇常熟新闻,改过了。", "feed.jsonl:2")));
            batch.MoveOrigin("three", "moved.jsonl:1");
            batch.Delete("four");
            batch.Upsert(_preparer.Prepare(Article("six", "第六篇相城新闻。", "feed.jsonl:6")));
            batch.Upsert(_preparer.Prepare(Article("seven", "第七篇吴中新闻。", "feed.jsonl:7")));
            removed = batch.DeleteFromFile("feed.jsonl", new HashSet<string> { "one", "six" });
            batch.Commit();
        }

        Assert.Equal(2, removed);
        Assert.Equal(["five", "one", "six", "three"], new[] { "one", "two", "three", "four", "five", "six", "seven" }
            .Where(id => Index.Find(id) is not null).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RecordSourceFile_ThenForget_SourceFilesReflectsBoth()
    {
        using (var batch = Index.BeginBatch())
        {
            batch.RecordSourceFile(new SourceFileRecord("a.txt", "hash-a", 1, IndexedAt));
            batch.RecordSourceFile(new SourceFileRecord("b.jsonl", "hash-b", 3, IndexedAt));
            batch.RecordSourceFile(new SourceFileRecord("a.txt", "hash-a2", 2, IndexedAt.AddDays(1)));
            batch.Commit();
        }

        Assert.Equal(new SourceFileRecord("a.txt", "hash-a2", 2, IndexedAt.AddDays(1)), Index.SourceFiles()["a.txt"]);
        Assert.Equal(new SourceFileRecord("b.jsonl", "hash-b", 3, IndexedAt), Index.SourceFiles()["b.jsonl"]);

        using (var batch = Index.BeginBatch())
        {
            batch.ForgetSourceFile("a.txt");
            batch.Commit();
        }

        Assert.Equal(["b.jsonl"], Index.SourceFiles().Keys);
    }

    [Fact]
    public void Generation_EachCommit_Increases()
    {
        var before = Index.Generation;
        Write(Article("a", "苏州新闻一。"));
        var afterOne = Index.Generation;
        using (var empty = Index.BeginBatch())
        {
            empty.Commit();
        }

        Assert.True(afterOne > before);
        Assert.True(Index.Generation > afterOne);
    }

    [Fact]
    public void BeginBatch_DisposedWithoutCommit_LeavesNothing()
    {
        var generation = Index.Generation;
        using (var batch = Index.BeginBatch())
        {
            batch.Upsert(_preparer.Prepare(Article("a", "苏州工业园区与新加坡合作。")));
            batch.RecordSourceFile(new SourceFileRecord("a.txt", "hash", 1, IndexedAt));
        }

        Assert.Null(Index.Find("a"));
        Assert.Empty(Index.SourceFiles());
        Assert.Empty(Match("新加坡"));
        Assert.Equal(generation, Index.Generation);
        Assert.Equal(0L, AllTags());
    }

    [Fact]
    public void CheckIntegrity_HealthyIndexWithArticles_ReportsNothing()
    {
        Write(Article("a", "苏州工业园区与新加坡合作。"), Article("b", "相城区与日本合作。"));
        Write(Article("a", "苏州工业园区与新加坡深化合作。"));

        Assert.Empty(Index.CheckIntegrity());
    }

    [Fact]
    public void Open_Existing_KeepsArticlesTagsSourceFilesAndGeneration()
    {
        Write(Article("a", "苏州工业园区与新加坡合作。", "a.txt"));
        using (var batch = Index.BeginBatch())
        {
            batch.RecordSourceFile(new SourceFileRecord("a.txt", "hash-a", 1, IndexedAt));
            batch.Commit();
        }

        var generation = Index.Generation;
        var stored = Index.Find("a");
        Index.Dispose();

        _index = Open(rebuild: false);

        Assert.Equal(stored, Index.Find("a"), new ArticleComparer());
        Assert.Equal(["a.txt"], Index.SourceFiles().Keys);
        Assert.Equal(generation, Index.Generation);
        Assert.Single(Match("新加坡"));
    }

    [Fact]
    public void Open_Rebuild_StartsEmpty()
    {
        Write(Article("a", "苏州工业园区与新加坡合作。"));
        Index.Dispose();

        _index = Open(rebuild: true);

        Assert.Null(Index.Find("a"));
        Assert.Empty(Index.CheckIntegrity());
    }

    // Word positions skip punctuation and spaces, so the words 园区|新加坡 are adjacent in all three:
    // only the grams of the unbroken run tell the phrase apart.
    [Fact]
    public void Match_PhraseOrRun_NeedsTheCharactersUnbrokenNotJustAdjacentWords()
    {
        Write(
            Article("run", "苏州的园区新加坡企业。"),
            Article("comma", "苏州的园区，新加坡的企业。"),
            Article("space", "苏州的园区 新加坡企业。"));

        var ids = Match("\"园区新加坡\"").Select(m => Index.Fetch([m.Key]).Values.Single().Id).ToList();

        Assert.Equal(["run"], ids);
        Assert.Equal(["run"], Match("园区新加坡").Select(m => Index.Fetch([m.Key]).Values.Single().Id));
    }

    // A run of many grams (two sentences: more than one merge of postings holds on PostgreSQL), one
    // that recurs inside itself, and one ending in a prefix, in the body and in the title.
    [Theory]
    [InlineData("\"苏州工业园区与新加坡合作建设产业园区\"", "long twice")]
    [InlineData("\"苏州工业园区与新加坡合作建设产业园区。苏州工业园区与新加坡合作建设产业园区\"", "twice")]
    [InlineData("哈哈哈哈", "repeat")]
    [InlineData("\"新加坡合作建*\"", "long twice")]
    [InlineData("title:\"园区动态\"", "title")]
    public void Match_LongRepeatingOrPrefixRun_FindsExactlyTheArticlesHoldingIt(string query, string expected)
    {
        Write(
            Article("long", "苏州工业园区与新加坡合作建设产业园区。"),
            Article("split", "苏州工业园区与新加坡合作，建设产业园区。"),
            Article("twice", "苏州工业园区与新加坡合作建设产业园区。苏州工业园区与新加坡合作建设产业园区。"),
            Article("repeat", "他笑道：哈哈哈哈。"),
            Article("short", "他笑道：哈哈哈，好。"),
            Article("title", "相城新闻。") with { Title = "园区动态" });

        Assert.Equal(expected.Split(' '), Match(query).Select(m => Index.Fetch([m.Key]).Values.Single().Id).Order());
    }

    [Fact]
    public void Match_WordInTheTitle_ScoresAboveTheSameWordInTheBody()
    {
        Write(
            Article("body", "苏州工业园区与新加坡合作建设产业园。") with { Title = "园区动态" },
            Article("title", "苏州工业园区与日本合作建设产业园。") with { Title = "新加坡园区动态" },
            Article("none", "苏州工业园区与日本合作建设产业园。"));

        var scores = Match("新加坡").ToDictionary(m => Index.Fetch([m.Key]).Values.Single().Id, m => m.Score);

        Assert.Equal(["body", "title"], scores.Keys.Order());
        Assert.True(scores["title"] > scores["body"], $"title {scores["title"]} <= body {scores["body"]}");
    }

    [Fact]
    public void Match_MoreOccurrencesInTextsOfTheSameLength_ScoreHigher()
    {
        Write(
            Article("once", "新加坡企业来到苏州。日本企业来到苏州。日本企业来到苏州。"),
            Article("thrice", "新加坡企业来到苏州。新加坡企业来到苏州。新加坡企业来到苏州。"),
            Article("none", "日本企业来到苏州。日本企业来到苏州。日本企业来到苏州。"));

        var scores = Match("新加坡").ToDictionary(m => Index.Fetch([m.Key]).Values.Single().Id, m => m.Score);

        Assert.True(scores["thrice"] > scores["once"], $"thrice {scores["thrice"]} <= once {scores["once"]}");
    }

    // 坡 is never a word here (新加坡 is): every match is through grams only, in the lower tier.
    [Fact]
    public void Match_ThroughGramsOnly_MoreOccurrencesScoreHigher()
    {
        Write(
            Article("once", "新加坡企业来到苏州。日本企业来到苏州。日本企业来到苏州。"),
            Article("thrice", "新加坡企业来到苏州。新加坡企业来到苏州。新加坡企业来到苏州。"),
            Article("none", "日本企业来到苏州。日本企业来到苏州。日本企业来到苏州。"));

        var matches = Match("坡").ToDictionary(m => Index.Fetch([m.Key]).Values.Single().Id);

        Assert.Equal(["once", "thrice"], matches.Keys.Order());
        Assert.All(matches.Values, m => Assert.False(m.OnWords));
        Assert.True(matches["thrice"].Score > matches["once"].Score, $"thrice {matches["thrice"].Score} <= once {matches["once"].Score}");
    }

    // 日本 is a word of "word"; "grams" matches only through 坡's gram inside 新加坡: the lower tier.
    [Fact]
    public void Match_WholeWordOrGramsOnly_SaysWhichTierEachMatchIsIn()
    {
        Write(Article("word", "日本企业来到苏州。"), Article("grams", "新加坡企业来到苏州。"));
        var query = Parse("日本 OR 坡");
        var catalog = Index.LoadCatalog();
        var visited = new Dictionary<string, bool>();

        var listed = Match("日本 OR 坡").ToDictionary(m => Index.Fetch([m.Key]).Values.Single().Id, m => m.OnWords);
        Index.Match(query, scored: true, catalog, (slot, _, onWords) => visited[Index.Fetch([catalog.Keys[slot]]).Values.Single().Id] = onWords);

        Assert.Equal(new Dictionary<string, bool> { ["word"] = true, ["grams"] = false }, listed);
        Assert.Equal(listed, visited);
    }

    // A run's words in sequence are its characters in sequence: across a comma they are neither.
    [Fact]
    public void Match_RunAcrossABreakInTheText_IsNoMatchAndAPhraseWithTheBreakIsAWholeWordOne()
    {
        Write(Article("run", "苏州工业园区成立。"), Article("broken", "在苏州，工业园区成立。"));

        var run = Match("苏州工业园区").ToDictionary(m => Index.Fetch([m.Key]).Values.Single().Id, m => m.OnWords);
        var phrase = Match("\"苏州 工业园区\"").ToDictionary(m => Index.Fetch([m.Key]).Values.Single().Id, m => m.OnWords);

        Assert.Equal(new Dictionary<string, bool> { ["run"] = true }, run);
        Assert.Equal(new Dictionary<string, bool> { ["broken"] = true }, phrase);
    }

    // Scored, a search runs in two passes (whole words, then the full query over the rest); whatever
    // the texts, it must find exactly what the one full pass finds, and a run of Han characters
    // exactly the articles whose folded text holds it.
    [Fact]
    public void Match_RunsAndPhrasesOverRandomTexts_FindExactlyTheArticlesHoldingThem()
    {
        var random = new Random(1504);
        string[] pieces = ["苏州", "工业园区", "园区", "工业", "新加坡", "合作", "中新", "蘇州", "工業園區", "日本", "企业", "发展",
            "区", "州", "，", "。", " ", "、", "5G", "AI", "1994", "年"];
        var bodies = Enumerable.Range(0, 80)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(3, 12)).Select(_ => pieces[random.Next(pieces.Length)])))
            .ToList();
        Write([.. bodies.Select((body, i) => Article($"r{i:D2}", body))]);
        var folder = _analysis.Analyzer.Folder;
        var folded = bodies.Select(b => folder.FoldToString(b)).ToList();
        var columns = bodies.Select(b => _analysis.Analyzer.IndexTerms(b).Words.Split(' ')).ToList(); // an empty piece is a left-out position
        var ids = new Func<IEnumerable<ScoredMatch>, string>(matches =>
            string.Join(' ', matches.Select(m => Index.Fetch([m.Key]).Values.Single().Id).Order(StringComparer.Ordinal)));

        for (var i = 0; i < 150; i++)
        {
            var body = bodies[random.Next(bodies.Count)];
            var start = random.Next(body.Length);
            var text = body.Substring(start, Math.Min(body.Length - start, random.Next(2, 8))).Trim();
            var query = random.Next(3) == 0 ? $"\"{text}\"" : text;
            if (text.Length < 2 || text.Contains('"', StringComparison.Ordinal) || Parse(query).Root is null)
            {
                continue;
            }

            var scored = ids(Match(query));
            var full = ids(Index.Match(Parse(query), scored: false));
            Assert.True(scored == full, $"{query}: scored found [{scored}], the full query [{full}]");
            var excluded = pieces[random.Next(12)];
            var without = $"{query} NOT {excluded}";
            var scoredWithout = ids(Match(without));
            var fullWithout = ids(Index.Match(Parse(without), scored: false));
            Assert.True(scoredWithout == fullWithout, $"{without}: scored found [{scoredWithout}], the full query [{fullWithout}]");
            if (PhraseTierIsPositional && Parse(query).Root is PhraseClause { Field: QueryField.All } phrase && phrase.Words.Count > 1)
            {
                // The whole-word tier: the bodies whose word column holds the words at the phrase's positions.
                var wholeWords = ids(Match(query).Where(m => m.OnWords));
                var holdingWords = string.Join(' ', columns.Select((c, n) => (c, n)).Where(x => HoldsPhrase(x.c, phrase)).Select(x => $"r{x.n:D2}"));
                Assert.True(holdingWords == wholeWords, $"{query}: found on words [{wholeWords}], words held by [{holdingWords}]");
            }

            var run = folder.FoldToString(text);
            if (run.All(CharClass.IsHan) && run.Length > 1)
            {
                var holding = string.Join(' ', folded.Select((f, n) => (f, n)).Where(x => x.f.Contains(run, StringComparison.Ordinal))
                    .Select(x => $"r{x.n:D2}"));
                Assert.True(holding == scored, $"{query}: found [{scored}], held by [{holding}]");
            }
        }
    }

    private static bool HoldsPhrase(string[] column, PhraseClause phrase) =>
        Enumerable.Range(0, column.Length).Any(start => phrase.Words.Select((word, i) => (word, at: start + phrase.PositionOf(i)))
            .All(w => w.at < column.Length && column[w.at] == w.word));

    [Fact]
    public void Match_EitherOfTwoWords_TheRarerWordWeighsMore()
    {
        Write(
            Article("common", "日本企业来到苏州。"),
            Article("rare", "深圳企业来到苏州。"),
            Article("c2", "日本企业投资苏州。"),
            Article("c3", "日本企业参观苏州。"),
            Article("c4", "日本企业落户苏州。"));

        var scores = Match("日本 OR 深圳").ToDictionary(m => Index.Fetch([m.Key]).Values.Single().Id, m => m.Score);

        Assert.Equal(5, scores.Count);
        Assert.True(scores["rare"] > scores["common"], $"rare {scores["rare"]} <= common {scores["common"]}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SearchService.MatchCacheSize)]
    public void Search_AfterACommit_FindsAndCountsTheNewArticleInTheFacets(int matchCacheSize)
    {
        Write(Article("a", "苏州工业园区与新加坡合作建设园区,新加坡企业纷纷落户。"));
        var search = new SearchService(Index, _analysis.Analyzer, FacetVocabulary.Default, matchCacheSize);
        var request = new SearchRequest { Query = "合作" };
        var before = search.Search(request);

        Write(Article("b", "相城区与日本合作建设园区,日本企业纷纷落户。"));
        var after = search.Search(request);

        Assert.Equal(1, before.Total);
        Assert.Equal([("singapore", 1)], before.Facets.Country.Select(c => (c.Value, c.Count)));
        Assert.Equal(2, after.Total);
        Assert.Equal(["a", "b"], after.Hits.Select(h => h.Id).Order());
        Assert.Equal([("japan", 1), ("singapore", 1)], after.Facets.Country.Select(c => (c.Value, c.Count)));
        Assert.Equal([("2021", 2)], after.Facets.Year.Select(c => (c.Value, c.Count)));
    }

    [Fact]
    public void Fetch_WithOrOmittingTheOrigin_GivesTheSameArticleAndItsOriginOnlyWhenAsked()
    {
        Write(Article("a", "苏州工业园区与新加坡合作。", origin: "feeds/one.jsonl#3"));
        var key = Match("新加坡").Single().Key;

        var full = Index.Fetch([key])[key];
        var page = Index.Fetch([key], withOrigin: false)[key];

        Assert.Equal("feeds/one.jsonl#3", full.Origin);
        Assert.Equal(full with { Origin = page.Origin }, page, new ArticleComparer());
        Assert.True(page.Origin is null || page.Origin == full.Origin); // an engine may give it anyway
    }

    private static Article Article(string id, string body, string? origin = null) => new()
    {
        Id = id,
        Title = "测试标题",
        Body = body,
        Published = new DateOnly(2021, 6, 7),
        Source = "测试来源",
        Origin = origin ?? id + ".txt",
    };

    private UpsertOutcome Write(params Article[] articles)
    {
        using var batch = Index.BeginBatch();
        var outcomes = articles.Select(a => batch.Upsert(_preparer.Prepare(a))).ToList();
        batch.Commit();
        return outcomes[^1];
    }

    private IReadOnlyList<ScoredMatch> Match(string query) => Index.Match(new QueryParser(_analysis.Analyzer).Parse(query));

    private sealed class ArticleComparer : IEqualityComparer<Article?>
    {
        public bool Equals(Article? x, Article? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Body == y.Body && x.Title == y.Title && x.Published == y.Published &&
            x.Source == y.Source && x.Origin == y.Origin &&
            x.Tags.Zones.SequenceEqual(y.Tags.Zones) && x.Tags.Countries.SequenceEqual(y.Tags.Countries) && x.Tags.Sectors.SequenceEqual(y.Tags.Sectors);

        public int GetHashCode(Article? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
