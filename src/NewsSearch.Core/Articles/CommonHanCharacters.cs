namespace NewsSearch.Core.Articles;

/// <summary>The most frequent Chinese characters, per script, used to judge which decoding reads as Chinese.</summary>
internal static class CommonHanCharacters
{
    private const string Shared =
        "的一是在不了有和人中大上地年以要到出也就可生主下而子成作同工能方多行法所得十三之等部度家力如水化高自二理起小物加都使其些然前外天政四日那社事平形相全表心反你明看原又利比或但第向道命此只意建月公者最立代想已提直程五果料象位入常文次品式活及特件求老基少山知期根放西被干做必先回任取南色光即保治北造百七海口器志世金增油思共收改己美再更切打白教速花安身例真具每目至走示完八名才科信米整空元今集温土步群石需段研界拉林律叫且究越影算低持音布容非近千周素技半青省列支般史感便往酸市克何除府太精率族存候毛快效斯院查江型眼王按格易置派片始却育京适属包火住照引";

    private const string SimplifiedOnly =
        "这为个国们来时说会对发过进现动学产东车见长门间关经济区务业级书从实当点还应开样与数质气变条没结问题党员总设头资边统较将组计别论运农几决战处队给规热领导压争阶术极联认权证转单风带场万达积议声报类离华确张马节话传许广记观织装众复儿须际验连断难备办习响约劳团历构称准号维划选标写亲养层专状厂识圆调满县参红细听该铁价严";

    private const string TraditionalOnly =
        "這為個國們來時說會對發過進現動學產東車見長門間關經濟區務業級書從實當點還應開樣與數質氣變條沒結問題黨員總設頭資邊統較將組計別論運農幾決戰處隊給規熱領導壓爭階術極聯認權證轉單風帶場萬達積議聲報類離華確張馬節話傳許廣記觀織裝眾複兒須際驗連斷難備辦習響約勞團歷構稱準號維劃選標寫親養層專狀廠識圓調滿縣參紅細聽該鐵價嚴";

    private static readonly HashSet<char> SimplifiedSet = [.. Shared, .. SimplifiedOnly];
    private static readonly HashSet<char> TraditionalSet = [.. Shared, .. TraditionalOnly];

    /// <summary>How many characters of the text are everyday Simplified Chinese characters.</summary>
    public static int CountSimplified(string text) => text.Count(SimplifiedSet.Contains);

    /// <summary>How many characters of the text are everyday Traditional Chinese characters.</summary>
    public static int CountTraditional(string text) => text.Count(TraditionalSet.Contains);
}
