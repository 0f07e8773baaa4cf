using EcsEmulator.Auth;
using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.Auth;

/// <summary>The verifier's canonicalisation reproduces Alibaba's worked example (reference §1.9) and the derived vector (§1.10).</summary>
public class PublishedExampleTests
{
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Fact]
    public void VerifierReproducesThePublishedRunInstancesExample()
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new("x-acs-version", "2014-05-26"),
            new("host", "ecs.cn-shanghai.aliyuncs.com"),
            new("x-acs-action", "RunInstances"),
            new("x-acs-content-sha256", EmptyHash),
            new("x-acs-date", "2023-10-26T10:22:32Z"),
            new("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
        };
        var query = new List<KeyValuePair<string, string>>
        {
            new("RegionId", "cn-shanghai"),
            new("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
        };

        var canonical = CanonicalRequest.Build("POST", "/", query, headers, EmptyHash);
        var stringToSign = CanonicalRequest.StringToSign(canonical);

        Assert.Equal("""
            POST
            /
            ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai
            host:ecs.cn-shanghai.aliyuncs.com
            x-acs-action:RunInstances
            x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            x-acs-date:2023-10-26T10:22:32Z
            x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d
            x-acs-version:2014-05-26

            host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            """.ReplaceLineEndings("\n"), canonical);
        Assert.Equal("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", stringToSign);
        Assert.Equal("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0", CanonicalRequest.Sign("YourAccessKeySecret", stringToSign));
    }

    [Fact]
    public void VerifierReproducesTheDerivedStsFormBodyVector()
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", "ecs.cn-hangzhou.aliyuncs.com"), new("x-acs-action", "DescribeInstances"), new("x-acs-version", "2014-05-26"),
            new("x-acs-date", "2024-01-02T03:04:05Z"), new("x-acs-signature-nonce", "0123456789abcdef0123456789abcdef"),
            new("content-type", "application/x-www-form-urlencoded"), new("x-acs-security-token", "STS.exampletoken"),
            new("x-acs-accesskey-id", "STS.exampleid"),
            new("x-acs-content-sha256", "af3fe6492c50000fb0dad37c97d8bf69bee78368b454eac1f68b87b69b659416"),
        };
        var query = QueryStringPairs.Parse("RegionId=cn-hangzhou&InstanceName=web%2001%2A~%2F%C3%A9&Tag.1.Key=env");

        var canonical = CanonicalRequest.Build("POST", "/", query, headers, "af3fe6492c50000fb0dad37c97d8bf69bee78368b454eac1f68b87b69b659416");

        Assert.Equal("af3fe6492c50000fb0dad37c97d8bf69bee78368b454eac1f68b87b69b659416", CanonicalRequest.Sha256Hex("PageSize=10&PageNumber=1"u8));
        Assert.Contains("\nInstanceName=web%2001%2A~%2F%C3%A9&RegionId=cn-hangzhou&Tag.1.Key=env\n", canonical);
        Assert.Equal("ACS3-HMAC-SHA256\n6d906c518c541ea51763857dfdd1692ede9555378036facefc375c92d4fb9c12", CanonicalRequest.StringToSign(canonical));
        Assert.Equal("f06b714a24e65d6e218a6d9052d53e4c37835bb81b32cc015c73b15e561a55df", CanonicalRequest.Sign("exampleSecret", CanonicalRequest.StringToSign(canonical)));
    }

    [Fact]
    public void TestSignerAgreesWithThePublishedExample()
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = "ecs.cn-shanghai.aliyuncs.com", ["x-acs-action"] = "RunInstances", ["x-acs-content-sha256"] = EmptyHash,
            ["x-acs-date"] = "2023-10-26T10:22:32Z", ["x-acs-signature-nonce"] = "3156853299f313e23d1673dc12e1703d", ["x-acs-version"] = "2014-05-26",
        };
        var query = TestSigner.CanonicalQuery([new("RegionId", "cn-shanghai"), new("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")]);
        Assert.Equal("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0", TestSigner.Sign("YourAccessKeySecret", "POST", query, headers, EmptyHash).Signature);
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("*", "%2A")]
    [InlineData("~", "~")]
    [InlineData("+/:!'()", "%2B%2F%3A%21%27%28%29")]
    [InlineData("é", "%C3%A9")]
    public void PercentEncoderFollowsTheReferenceTable(string input, string expected) => Assert.Equal(expected, PercentEncoding.Encode(input));

    [Fact]
    public void QueryDecodingKeepsPlusSigns() =>
        Assert.Equal("a+b c", QueryStringPairs.Parse("x=a+b%20c")[0].Value);
}
