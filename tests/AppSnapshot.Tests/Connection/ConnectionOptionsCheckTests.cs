using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Connection;

/// <summary>Connection parameters that were given but cannot work are refused before any source is read or call made, naming the parameter.</summary>
public sealed class ConnectionOptionsCheckTests : IDisposable
{
    private readonly TestEnvironment _env = new();

    public void Dispose() => _env.Dispose();

    private AcsSession Connect(ConnectionOptions options) => new ClientFactory(_env.Build(), TestEnvironment.FastSettings()).Connect(options);

    private static ConnectionOptions Keys(string id = "LTAI5tClientTest01") =>
        new() { AccessKeyId = id, AccessKeySecret = "secret-value", RegionId = "cn-hangzhou" };

    [Theory]
    [InlineData("RegionId")]
    [InlineData("ProfileName")]
    [InlineData("Endpoint")]
    public void ABlankParameterIsRefusedByName(string parameter)
    {
        var options = Keys();
        typeof(ConnectionOptions).GetProperty(parameter)!.SetValue(options, " \t ");

        var ex = Assert.Throws<ArgumentException>(() => Connect(options));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains("-" + parameter + " is blank", ex.Message);
    }

    [Fact]
    public void ABlankCredentialUserNameIsNamedAsSuch()
    {
        var ex = Assert.Throws<ArgumentException>(() => Connect(Keys("   ")));
        Assert.Equal("Credential", ex.ParamName);
        Assert.Contains("user name, which must be the AccessKey id, is blank", ex.Message);
    }

    [Theory]
    [InlineData("LTAI5t,SignedHeaders=host", "','")]
    [InlineData("LTAI5tKey\r\nX-Injected: 1", "U+000D")]
    [InlineData("LTAI5tKéy", "U+00E9")]
    [InlineData("LTAI5t Key", "' '")]
    public void AnAccessKeyIdThatCannotGoIntoTheHeaderIsRefused(string id, string named)
    {
        var ex = Assert.Throws<ArgumentException>(() => Connect(Keys(id)));
        Assert.Equal("Credential", ex.ParamName);
        Assert.Contains(named, ex.Message);
    }

    [Fact]
    public void AKeyFromTheEnvironmentThatCannotGoIntoTheHeaderIsRefusedNamingItsSource()
    {
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAI5t,SignedHeaders=host";
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "secret-value";

        var ex = Assert.Throws<AcsConfigurationException>(() => Connect(new ConnectionOptions { RegionId = "cn-hangzhou" }));

        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", ex.Message);
        Assert.Contains("','", ex.Message);
        Assert.DoesNotContain("secret-value", ex.Message);
    }

    [Theory]
    [InlineData("LTAI5tEmulatorAccess01")]
    [InlineData("STS.NUgYrLnoC37mZZCNnAbez2cNm")]
    [InlineData("AKID_with-dash.dot")]
    public void OrdinaryKeyIdsPass(string id) => Assert.Null(CredentialFormat.AccessKeyIdProblem(id));
}
