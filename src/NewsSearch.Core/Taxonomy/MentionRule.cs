namespace NewsSearch.Core.Taxonomy;

/// <summary>
/// When one mention of a value is enough to make it a tag. A value is a tag when the title names it,
/// when the text mentions it at least <see cref="FacetTagger.MinimumMentions"/> times, or when one of
/// its mentions in the first <see cref="LedeLength"/> characters is <em>meaningful</em>: it is not
/// part of a longer name of another dimension (中新 in 中新苏州工业园区), it stands in a clause (text between two of
/// <see cref="ClauseBoundaries"/>) that holds none of the dimension's <see cref="PassingWords"/>, and
/// either the alias is <see cref="FacetAlias.Decisive"/> (德资, 日企, 台商) or the clause holds one
/// of the dimension's <see cref="CueWords"/> outside the mention itself (美国<em>公司</em>,
/// <em>投资</em>, <em>落户</em>太仓, 汽车零部件<em>项目</em>). Cue and passing words are folded like
/// the text, so Traditional text (投資, 簽約) matches them.
/// </summary>
public static class MentionRule
{
    /// <summary>Characters that end a clause (as folded: full-width punctuation folds to ASCII).</summary>
    public const string ClauseBoundaries = ",。;!?:\n";

    /// <summary>
    /// How far into the text (title included) a single mention can make a tag: all of a news brief,
    /// the opening of a long feature. Deeper in a long article one mention is a detail; two are needed.
    /// </summary>
    public const int LedeLength = 1500;

    private static readonly string[] CountryCues =
    [
        "投资", "投建", "出资", "合资", "独资", "签约", "签署", "签订", "落户", "入驻", "进驻", "设立", "注册", "增资", "注资",
        "并购", "收购", "建厂", "设厂", "投产", "开业", "公司", "企业", "集团", "客商", "厂商", "财团", "株式会社",
        "工厂", "商会", "合作项目", "合作协议", "合作备忘录", "战略合作", "伙伴", "外方", "来自", "推介", "招商",
    ];

    private static readonly string[] CountryPassing =
    [
        "相比", "相较", "比较", "对标", "比肩", "媲美", "堪比", "不同于", "类似", "一样", "如同", "犹如",
        "地址", "网址", "日电", "报道", "曾在", "曾任", "曾经", "留学", "毕业", "旅游", "旅行", "游客", "出口", "远销", "销往", "上市", "城市", "都市", "以外", "之外", "关税", "制裁", "贸易摩擦",
    ];

    private static readonly string[] ZoneCues =
    [
        "举行", "举办", "召开", "开幕", "闭幕", "签约", "签署", "落户", "落地", "入驻", "进驻", "开工", "投产", "开业", "揭牌",
        "启动", "奠基", "竣工", "完工", "投资", "设立", "成立", "位于", "获悉", "日电", "发布", "建成", "开通", "调研", "考察", "走进",
        "签订", "企业", "公司", "项目", "基地", "工厂", "管委会", "负责人",
    ];

    private static readonly string[] ZonePassing =
    [
        "相比", "相较", "对标", "比肩", "媲美", "借鉴", "学习", "复制", "经验", "毗邻", "紧邻", "邻近", "相邻", "接壤",
        "距离", "车程", "公里", "一样", "类似", "如同", "不同于", "以外", "之外", "曾在", "曾任", "曾经",
    ];

    private static readonly string[] SectorCues =
    [
        "企业", "公司", "集团", "项目", "产业", "行业", "基地", "工厂", "厂商", "制造商", "供应商", "生产", "研发", "制造",
        "投资", "落户", "签约", "投产", "集群", "产品", "龙头", "领域", "赛道", "产能", "产线", "配套", "产值", "实验室", "研究院",
    ];

    private static readonly string[] SectorPassing = ["相比", "相较", "对标", "不同于", "并非", "而非", "以外", "之外", "客户"];

    /// <summary>Words that, in the clause of a single mention, make it meaningful.</summary>
    public static IReadOnlyList<string> CueWords(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Zone => ZoneCues,
        FacetDimension.Country => CountryCues,
        FacetDimension.Sector => SectorCues,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>
    /// Words that make every mention in their clause a passing one (a comparison, a distance, a
    /// dateline or report, an address, exports, a list of world cities), whatever cue it also holds.
    /// </summary>
    public static IReadOnlyList<string> PassingWords(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Zone => ZonePassing,
        FacetDimension.Country => CountryPassing,
        FacetDimension.Sector => SectorPassing,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}
