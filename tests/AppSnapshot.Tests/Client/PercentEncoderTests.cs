using AppSnapshot.Client;

namespace AppSnapshot.Tests.Client;

public class PercentEncoderTests
{
    [Theory]
    [InlineData("AZaz09-_.~", "AZaz09-_.~")]
    [InlineData(" ", "%20")]
    [InlineData("*", "%2A")]
    [InlineData("~", "~")]
    [InlineData("/", "%2F")]
    [InlineData("+", "%2B")]
    [InlineData("é", "%C3%A9")]
    [InlineData("!'()", "%21%27%28%29")]
    [InlineData(":", "%3A")]
    [InlineData("=&%", "%3D%26%25")]
    [InlineData("[\"i-a\"]", "%5B%22i-a%22%5D")]
    [InlineData("阿", "%E9%98%BF")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("", "")]
    public void EncodesPerAlibabasTable(string input, string expected) => Assert.Equal(expected, PercentEncoder.Encode(input));
}
