using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Client;

/// <summary>APPSNAPSHOT_RATE_LIMITS: how cmdlet users set the paces.</summary>
public sealed class RateLimitVariableTests : IDisposable
{
    private readonly TestEnvironment _env = new();

    public void Dispose() => _env.Dispose();

    [Fact]
    public void SetsPerActionAndDefaultPaces()
    {
        var settings = new ClientSettings();

        Assert.Null(RateLimitVariable.Apply("Ecs.RunCommand=5, DescribeInvocations=12.5;*=15", settings));

        Assert.Equal(5, settings.RateLimitFor("Ecs", "RunCommand").RequestsPerSecond);
        Assert.Equal(12.5, settings.RateLimitFor("Ecs", "DescribeInvocations").RequestsPerSecond);
        Assert.Equal(15, settings.RateLimitFor("Ecs", "DescribeInstances").RequestsPerSecond);
    }

    [Theory]
    [InlineData("RunCommand")]
    [InlineData("RunCommand=0")]
    [InlineData("=5")]
    [InlineData("RunCommand=fast")]
    public void AnUnusableValueStopsTheConnectionNamingTheVariable(string value)
    {
        _env.Variables[RateLimitVariable.Name] = value;
        var factory = new ClientFactory(_env.Build());

        var error = Assert.Throws<AcsConfigurationException>(() => factory.Connect(new ConnectionOptions { AccessKeyId = "LTAI5tRateTest01", AccessKeySecret = "s", RegionId = "cn-hangzhou" }));
        Assert.Contains(RateLimitVariable.Name, error.Message);
    }

    [Fact]
    public void ExplicitSettingsAreNotOverriddenByTheVariable()
    {
        _env.Variables[RateLimitVariable.Name] = "RunCommand=fast";
        var settings = new ClientSettings();
        var factory = new ClientFactory(_env.Build(), settings);

        factory.Connect(new ConnectionOptions { AccessKeyId = "LTAI5tRateTest01", AccessKeySecret = "s", RegionId = "cn-hangzhou" });
        Assert.Equal(10, settings.RateLimitFor("Ecs", "RunCommand").RequestsPerSecond);
    }
}
