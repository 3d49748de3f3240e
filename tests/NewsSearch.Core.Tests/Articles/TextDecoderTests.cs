using System.Text;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class TextDecoderTests
{
    private const string Simplified = "苏州工业园区是中国和新加坡两国政府间的首个合作项目,这个园区的发展很快,已经成为国际合作的成功范例。";
    private const string Traditional = "蘇州工業園區是中國和新加坡兩國政府間的首個合作項目,這個園區的發展很快,已經成為國際合作的成功範例。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Gb18030Bytes_PicksGb18030()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(Simplified));

        Assert.Equal(("GB18030", Simplified), (decoded!.EncodingName, decoded.Text));
    }

    [Fact]
    public void Decode_Big5Bytes_PicksBig5()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(Traditional));

        Assert.Equal(("Big5", Traditional), (decoded!.EncodingName, decoded.Text));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Decode_ByteOrderMark_Wins(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var decoded = TextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Traditional)]);

        Assert.Equal(Traditional, decoded!.Text);
        Assert.False(decoded.TruncatedAtEnd);
    }

    [Fact]
    public void Decode_Utf8CutMidCharacter_DropsBrokenTailAndFlagsIt()
    {
        var bytes = Encoding.UTF8.GetBytes(Simplified + "园");

        var decoded = TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1));

        Assert.Equal(Simplified, decoded!.Text);
        Assert.True(decoded.TruncatedAtEnd);
    }

    [Fact]
    public void Decode_BytesNoEncodingAccepts_ReturnsNull() =>
        Assert.Null(TextDecoder.Decode([0x41, 0xFF, 0xFF, 0x42, 0x81, 0x20, 0x43]));
}
