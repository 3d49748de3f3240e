namespace NewsSearch.Core.Tests.Articles;

public sealed class HtmlArticleReaderTests : IDisposable
{
    private const string Page = """
        <html><head>
          <title>旧标题 - 新闻网</title>
          <meta property="og:title" content="相城打造国际开放合作新引擎">
          <meta property="article:published_time" content="2019-11-17T08:00:00+08:00">
          <meta name="author" content="张三">
          <link rel="canonical" href="https://News.Example.com/a/1/">
          <style>.x { color: red }</style>
          <script>var tracking = "script text";</script>
        </head><body>
          <header>网站首页</header>
          <nav><a>首页</a><a>新闻</a></nav>
          <div class="breadcrumb">首页 &gt; 新闻</div>
          <article>
            <h1>相城打造国际开放合作新引擎</h1>
            <p>25年前,中国和新加坡两国政府在苏州东部合作开发建设苏州工业园区。</p>
            <p>如今,在相城区,<b>中日</b>智能制造协同创新区加速崛起。<br>第二行文字在这里。</p>
            <script>document.write("inline script")</script>
            <div class="share-box">分享到 微信</div>
            <div class="related">相关新闻 日本天皇</div>
          </article>
          <aside>热门排行</aside>
          <div id="footer">© 2019 新闻网 版权所有</div>
          <footer>联系我们</footer>
        </body></html>
        """;

    private readonly TempCorpus _corpus = new();

    [Fact]
    public void Read_PageWithChrome_OnlyArticleTextComesOut()
    {
        _corpus.Write("page.html", Page);

        var result = _corpus.Read("page.html");

        var article = Assert.Single(result.Articles);
        Assert.Empty(result.Problems);
        Assert.Equal("相城打造国际开放合作新引擎", article.Title);
        Assert.Equal(new DateOnly(2019, 11, 17), article.Published);
        Assert.Equal("张三", article.Author);
        Assert.Equal("https://news.example.com/a/1/", article.Url);
        Assert.Equal(NewsSearch.Core.Articles.ArticleId.FromUrl("https://news.example.com/a/1"), article.Id);
        Assert.Equal(
            "25年前,中国和新加坡两国政府在苏州东部合作开发建设苏州工业园区。\n\n如今,在相城区,中日智能制造协同创新区加速崛起。\n\n第二行文字在这里。",
            article.Body);
    }

    [Fact]
    public void Read_PageWithoutArticleElement_TakesDensestParagraphsAndTitleWithoutSiteName()
    {
        _corpus.Write("plain.htm", """
            <html><head><title>苏州高新区积极融入长三角_国际商报</title></head><body>
            <div class="menu"><p>首页</p></div>
            <div id="content">
              <div>来源:国际商报 发布时间:2021-11-05 10:58:39</div>
              <p>苏州高新区抢抓国家战略机遇,积极融入长三角,主动对接粤港澳。</p>
              <p>推介会上,苏州高新区-深圳科技金融创新中心揭牌落地。(孙宝)</p>
            </div>
            <div class="sidebar"><p>推荐文章一</p><p>推荐文章二</p></div>
            </body></html>
            """);

        var article = Assert.Single(_corpus.Read("plain.htm").Articles);

        Assert.Equal("苏州高新区积极融入长三角", article.Title);
        Assert.Equal(new DateOnly(2021, 11, 5), article.Published);
        Assert.Equal("国际商报", article.Source);
        Assert.Equal("孙宝", article.Author);
        Assert.Equal("plain", article.Id);
        Assert.Equal("苏州高新区抢抓国家战略机遇,积极融入长三角,主动对接粤港澳。\n\n推介会上,苏州高新区-深圳科技金融创新中心揭牌落地。", article.Body);
    }

    public void Dispose() => _corpus.Dispose();
}
