using AppSnapshot.Client;
using AppSnapshot.Common;

namespace AppSnapshot.Tests.Client;

public class EndpointResolverTests
{
    private static readonly Func<string, string?> NoVariables = _ => null;

    [Theory]
    [InlineData("Ecs", "cn-shanghai", "https://ecs.cn-shanghai.aliyuncs.com/")]
    [InlineData("Ecs", "cn-hangzhou", "https://ecs-cn-hangzhou.aliyuncs.com/")]
    [InlineData("Ecs", "cn-hangzhou-finance", "https://ecs.aliyuncs.com/")]
    [InlineData("Ecs", "cn-shenzhen-finance-1", "https://ecs-cn-hangzhou.aliyuncs.com/")]
    [InlineData("Ecs", null, "https://ecs.aliyuncs.com/")]
    [InlineData("Ram", "cn-beijing", "https://ram.aliyuncs.com/")]
    [InlineData("Sts", null, "https://sts.aliyuncs.com/")]
    [InlineData("Sts", "ap-southeast-1", "https://sts.ap-southeast-1.aliyuncs.com/")]
    [InlineData("Sts", "cn-shenzhen-finance-1", "https://sts.aliyuncs.com/")]
    public void BuiltInRules(string product, string? region, string expected)
    {
        var p = product switch { "Ecs" => ApiProduct.Ecs, "Ram" => ApiProduct.Ram, _ => ApiProduct.Sts };
        var resolved = EndpointResolver.Resolve(p, region, null, NoVariables);
        Assert.Equal(expected, resolved.Uri.ToString());
        Assert.Equal("built-in endpoint rules", resolved.Source);
    }

    [Fact]
    public void ParameterBeatsTheAllProductsVariableWhichBeatsTheProductVariable()
    {
        var vars = new Dictionary<string, string> { ["APPSNAPSHOT_ENDPOINT"] = "http://127.0.0.1:8787", ["ALIBABA_CLOUD_ECS_ENDPOINT"] = "ecs-vpc.{region}.aliyuncs.com" };
        Func<string, string?> get = n => vars.TryGetValue(n, out var v) ? v : null;

        Assert.Equal("https://custom.example.com:8443/", EndpointResolver.Resolve(ApiProduct.Ecs, "cn-beijing", "https://custom.example.com:8443", get).Uri.ToString());
        var all = EndpointResolver.Resolve(ApiProduct.Ecs, "cn-beijing", null, get);
        Assert.Equal(("http://127.0.0.1:8787/", "environment APPSNAPSHOT_ENDPOINT"), (all.Uri.ToString(), all.Source));
        vars.Remove("APPSNAPSHOT_ENDPOINT");
        var specific = EndpointResolver.Resolve(ApiProduct.Ecs, "cn-beijing", null, get);
        Assert.Equal(("https://ecs-vpc.cn-beijing.aliyuncs.com/", "environment ALIBABA_CLOUD_ECS_ENDPOINT"), (specific.Uri.ToString(), specific.Source));
        Assert.Equal("https://ram.aliyuncs.com/", EndpointResolver.Resolve(ApiProduct.Ram, null, null, get).Uri.ToString());
    }

    [Theory]
    [InlineData("http://127.0.0.1:8787")]
    [InlineData("http://127.8.9.10:1/")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("https://ecs.example.com")]
    public void LoopbackHttpAndAnyHttpsAreAccepted(string value) => Assert.NotNull(EndpointResolver.Parse(value, null, "test"));

    [Theory]
    [InlineData("http://ecs.cn-hangzhou.aliyuncs.com", "plain http is allowed only for loopback")]
    [InlineData("http://10.0.0.5:8080", "plain http is allowed only for loopback")]
    [InlineData("http://127.0.0.1.evil.com", "plain http is allowed only for loopback")]
    [InlineData("ftp://127.0.0.1", "only https")]
    [InlineData("https://host/path", "no path")]
    [InlineData("https://user:pw@host", "no path, query or user info")]
    [InlineData("ecs.{region}.aliyuncs.com", "no region is known")]
    [InlineData("https://", "not a host name or URL")]
    public void UnsafeOrMalformedEndpointsAreRefusedClearly(string value, string why)
    {
        var ex = Assert.Throws<AcsConfigurationException>(() => EndpointResolver.Parse(value, null, "parameter -Endpoint"));
        Assert.Contains(why, ex.Message);
        Assert.Contains("parameter -Endpoint", ex.Message);
    }
}
