using System.Text;
using AppSnapshot.Client;

namespace AppSnapshot.Tests.Client;

public class V3SignerTests
{
    [Fact]
    public void ReproducesAlibabasPublishedRunInstancesExampleByteForByte()
    {
        var input = new SignatureInput
        {
            Method = "POST",
            Path = "/",
            Query = new List<KeyValuePair<string, string>>
            {
                new("RegionId", "cn-shanghai"),
                new("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
            },
            Headers = new Dictionary<string, string>
            {
                ["x-acs-version"] = "2014-05-26",
                ["host"] = "ecs.cn-shanghai.aliyuncs.com",
                ["x-acs-action"] = "RunInstances",
                ["x-acs-date"] = "2023-10-26T10:22:32Z",
                ["x-acs-signature-nonce"] = "3156853299f313e23d1673dc12e1703d",
                ["x-acs-content-sha256"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            },
        };

        var result = V3Signer.Sign(input, "YourAccessKeyId", "YourAccessKeySecret");

        Assert.Equal(
            "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n" +
            "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n" +
            "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n" +
            "x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2014-05-26\n\n" +
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n" +
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            result.CanonicalRequest);
        Assert.Equal("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", V3Signer.Sha256Hex(Encoding.UTF8.GetBytes(result.CanonicalRequest)));
        Assert.Equal("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", result.StringToSign);
        Assert.Equal("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0", result.Signature);
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version," +
            "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
            result.Authorization);
    }

    [Fact]
    public void ReproducesTheDerivedStsFormBodyVector()
    {
        var body = "PageSize=10&PageNumber=1";
        var bodyHash = V3Signer.Sha256Hex(Encoding.UTF8.GetBytes(body));
        Assert.Equal("af3fe6492c50000fb0dad37c97d8bf69bee78368b454eac1f68b87b69b659416", bodyHash);
        var input = new SignatureInput
        {
            Query = new List<KeyValuePair<string, string>> { new("RegionId", "cn-hangzhou"), new("InstanceName", "web 01*~/é"), new("Tag.1.Key", "env") },
            Headers = new Dictionary<string, string>
            {
                ["host"] = "ecs.cn-hangzhou.aliyuncs.com",
                ["x-acs-action"] = "DescribeInstances",
                ["x-acs-version"] = "2014-05-26",
                ["x-acs-date"] = "2024-01-02T03:04:05Z",
                ["x-acs-signature-nonce"] = "0123456789abcdef0123456789abcdef",
                ["Content-Type"] = "application/x-www-form-urlencoded",
                ["x-acs-security-token"] = "STS.exampletoken",
                ["x-acs-accesskey-id"] = "STS.exampleid",
                ["x-acs-content-sha256"] = bodyHash,
            },
            HashedPayload = bodyHash,
        };

        var result = V3Signer.Sign(input, "STS.exampleid", "exampleSecret");

        Assert.Equal("InstanceName=web%2001%2A~%2F%C3%A9&RegionId=cn-hangzhou&Tag.1.Key=env", result.CanonicalQuery);
        Assert.Equal("content-type;host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version", result.SignedHeaders);
        Assert.Equal("ACS3-HMAC-SHA256\n6d906c518c541ea51763857dfdd1692ede9555378036facefc375c92d4fb9c12", result.StringToSign);
        Assert.Equal("f06b714a24e65d6e218a6d9052d53e4c37835bb81b32cc015c73b15e561a55df", result.Signature);
    }

    [Fact]
    public void CanonicalQuerySortsOrdinallySoIndexTenComesBeforeTwoAndKeepsEmptyValues()
    {
        var query = V3Signer.CanonicalQuery(new List<KeyValuePair<string, string>>
        {
            new("InstanceId.2", "b"), new("InstanceId.10", "j"), new("InstanceId.1", "a"), new("lower", "x"), new("Upper", "y"), new("Empty", ""),
        });
        Assert.Equal("Empty=&InstanceId.1=a&InstanceId.10=j&InstanceId.2=b&Upper=y&lower=x", query);
    }

    [Fact]
    public void NoQueryParametersGiveAnEmptyCanonicalLine()
    {
        var result = V3Signer.Sign(new SignatureInput { Headers = new Dictionary<string, string> { ["host"] = "h" } }, "id", "secret");
        Assert.StartsWith("POST\n/\n\nhost:h\n\nhost\n", result.CanonicalRequest);
    }

    [Fact]
    public void HeaderValuesAreTrimmedAndNamesLowercased()
    {
        var result = V3Signer.Sign(new SignatureInput { Headers = new Dictionary<string, string> { ["X-Acs-Action"] = "  A  " } }, "id", "s");
        Assert.Contains("\nx-acs-action:A\n", result.CanonicalRequest);
        Assert.DoesNotContain(result.Signature, result.ToString());
    }

    [Fact]
    public void DifferentSecretsGiveDifferentSignatures()
    {
        var input = new SignatureInput { Headers = new Dictionary<string, string> { ["host"] = "h" } };
        Assert.NotEqual(V3Signer.Sign(input, "id", "a").Signature, V3Signer.Sign(input, "id", "b").Signature);
    }
}
