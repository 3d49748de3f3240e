namespace NewsSearch.Core.Search.Terms;

/// <summary>
/// Words that say nothing of what a result set is about: function words and the furniture of news
/// copy (来源, 记者...), folded as the analyzer folds them. Single characters and numbers are left
/// out by rule, so they need no entry.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "我们", "他们", "你们", "自己", "这个", "那个", "这些", "那些", "这样", "一个", "一些", "一批", "没有", "可以", "已经", "正在",
        "进行", "通过", "以及", "并且", "而且", "但是", "因为", "所以", "如果", "虽然", "由于", "对于", "关于", "为了", "其中", "之一",
        "以来", "年来", "以上", "以下", "目前", "同时", "不断", "表示", "认为", "今年", "去年", "明年", "近年", "今天", "日前", "记者", "来源",
        "发布", "时间", "编辑", "责任", "作者", "通讯员", "相关", "阅读", "新闻", "进一步", "一体", "方面", "工作", "推进", "推动", "加快",
        "the", "and", "for", "with", "from", "that", "this", "are", "was", "www", "com", "http", "https",
    };

    /// <summary>True when <paramref name="word"/> (folded) is too common to mean anything.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
