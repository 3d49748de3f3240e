using System.Text.RegularExpressions;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Recognises page furniture (copyright, filing numbers, contact, QR, subscribe, comment, share,
/// editor and image-credit lines) and the markers after which a page stops being the article.
/// </summary>
internal static partial class FurnitureRules
{
    /// <summary>Furniture is short; a longer line that mentions 二维码 or 评论 is article text.</summary>
    public const int MaxFurnitureLength = 60;

    public static bool IsFurniture(string line) =>
        line.Length < MaxFurnitureLength
        && (Copyright().IsMatch(line)
            || Filing().IsMatch(line)
            || Contact().IsMatch(line)
            || QrPrompt().IsMatch(line)
            || Subscribe().IsMatch(line)
            || CommentPrompt().IsMatch(line)
            || SharePrompt().IsMatch(line)
            || Editor().IsMatch(line)
            || ImageCredit().IsMatch(line));

    /// <summary>A line that starts the page's related-links, keywords or next-article area.</summary>
    public static bool IsTailMarker(string line) => line.Length < MaxFurnitureLength && TailMarker().IsMatch(line);

    [GeneratedRegex("©|版权所有|版權所有|copyright|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex("ICP|备案号|備案號", RegexOptions.IgnoreCase)]
    private static partial Regex Filing();

    [GeneratedRegex(@"联系邮箱|聯繫郵箱|联系网站|聯繫網站|联系电话|聯繫電話|网站联系|網站聯繫|e-?mail|@qq\.com", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    [GeneratedRegex("扫码|掃碼|扫一扫|掃一掃|二维码|二維碼")]
    private static partial Regex QrPrompt();

    [GeneratedRegex("订阅|訂閱")]
    private static partial Regex Subscribe();

    // Anchored: only a line that is itself the prompt ("评论", "发表评论 (3)"), not a heading about reviews.
    [GeneratedRegex(@"^[\[【(（]?(?:发表|發表|我要|网友|網友|查看|全部)?(?:评论|評論)")]
    private static partial Regex CommentPrompt();

    [GeneratedRegex("分享到")]
    private static partial Regex SharePrompt();

    [GeneratedRegex(@"责任编辑|責任編輯|(?:^|[\s(（\[【])(?:编辑|編輯)\s*[:：]")]
    private static partial Regex Editor();

    [GeneratedRegex(@"供图|供圖|图片来源|圖片來源|(?:摄影|攝影)\s*[:：]|^[(（\[【]?(?:图|圖)\s*/")]
    private static partial Regex ImageCredit();

    [GeneratedRegex(@"^[\s\[【(（]*(?:上一篇|下一篇|猜你喜欢|猜你喜歡|相关阅读|相關閱讀|相关新闻|相關新聞|相关文章|相關文章|推荐阅读|推薦閱讀|热门推荐|熱門推薦|延伸阅读|延伸閱讀|更多新闻|更多新聞|(?:关键词|關鍵詞|关键字|關鍵字)\s*[:：])")]
    private static partial Regex TailMarker();
}
