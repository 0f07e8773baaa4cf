using AppSnapshot.Tests.Fakes;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Credentials;

/// <summary>Which source the factory picks, what it reports, and the errors when nothing or something broken is configured.</summary>
public sealed class CredentialChainTests : IDisposable
{
    private readonly TestEnvironment _env = new();
    private readonly RecordingSink _notes = new();
    private IReadOnlyList<string> _debug => _notes.Debug;

    public void Dispose() => _env.Dispose();

    private AcsSession Connect(ConnectionOptions? options = null) =>
        new ClientFactory(_env.Build(), TestEnvironment.FastSettings()).Connect(options ?? new ConnectionOptions(), _notes);

    private const string AkProfiles = """
        { "current": "main", "profiles": [
          { "name": "main", "mode": "AK", "access_key_id": "LTAIprofileMain01", "access_key_secret": "s-main", "region_id": "cn-shanghai" },
          { "name": "other", "mode": "StsToken", "access_key_id": "STS.other000001", "access_key_secret": "s-other", "sts_token": "tok", "region_id": "eu-central-1" } ] }
        """;

    [Fact]
    public void ExplicitKeyPairWinsOverEnvironmentAndProfiles()
    {
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAIenvironment01";
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "s-env";
        _env.WriteCliConfig(AkProfiles);
        var session = Connect(new ConnectionOptions { AccessKeyId = "LTAIparameter0001", AccessKeySecret = "s-param", RegionId = "cn-beijing" });
        Assert.Equal("parameter -Credential", session.CredentialSource);
        Assert.Contains("Credentials: parameter -Credential (LTAI****01)", _debug);
        Assert.Contains("Region: cn-beijing from parameter -RegionId", _debug);
        Assert.Equal(("cn-beijing", "parameter -RegionId"), (session.DefaultRegionId, session.RegionSource));
    }

    [Fact]
    public void EnvironmentVariablesWinOverProfiles()
    {
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAIenvironment01";
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "s-env";
        _env.Variables["ALIBABA_CLOUD_REGION_ID"] = "cn-qingdao";
        _env.WriteCliConfig(AkProfiles);
        var session = Connect();
        Assert.Contains("Credentials: environment variables ALIBABA_CLOUD_ACCESS_KEY_ID (LTAI****01)", _debug);
        Assert.Equal(("cn-qingdao", "environment ALIBABA_CLOUD_REGION_ID"), (session.DefaultRegionId, session.RegionSource));
    }

    [Fact]
    public void LegacyEnvironmentNamesAndTokenAreRead()
    {
        _env.Variables["ALICLOUD_ACCESS_KEY_ID"] = "STS.legacyId0001";
        _env.Variables["ALICLOUD_ACCESS_KEY_SECRET"] = "s";
        _env.Variables["ALIBABACLOUD_SECURITY_TOKEN"] = "tok";
        _env.Variables["REGION_ID"] = "cn-zhangjiakou";
        var session = Connect();
        Assert.Equal("environment variables ALICLOUD_ACCESS_KEY_ID and ALIBABACLOUD_SECURITY_TOKEN", session.CredentialSource);
        Assert.Equal(("cn-zhangjiakou", "environment REGION_ID"), (session.DefaultRegionId, session.RegionSource));
    }

    [Fact]
    public void EnvironmentCredentialsStillTakeTheRegionOfTheCurrentProfile()
    {
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAIenvironment01";
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "s-env";
        var path = _env.WriteCliConfig(AkProfiles);
        var session = Connect();
        Assert.Equal(("cn-shanghai", "profile 'main' in " + path), (session.DefaultRegionId, session.RegionSource));
    }

    [Theory]
    [InlineData("ALIBABA_CLOUD_ACCESS_KEY_ID", "no AccessKey secret variable")]
    [InlineData("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "no AccessKey id variable")]
    public void HalfSetEnvironmentIsAnErrorNotAFallThrough(string variable, string message)
    {
        _env.Variables[variable] = "LTAIhalfset000001";
        _env.WriteCliConfig(AkProfiles);
        Assert.Contains(message, Assert.Throws<AcsConfigurationException>(() => Connect()).Message);
    }

    [Theory]
    [InlineData("id", null, null, "-Credential has an AccessKey id but no secret")]
    [InlineData(null, "secret", null, "-Credential has an AccessKey secret but no id")]
    [InlineData(null, null, "token", "STS security token was given without")]
    public void HalfGivenParametersAreErrors(string? id, string? secret, string? token, string message)
    {
        var ex = Assert.Throws<AcsConfigurationException>(() => Connect(new ConnectionOptions { AccessKeyId = id, AccessKeySecret = secret, SecurityToken = token }));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void CurrentProfileOfTheCliFileIsUsedWithItsRegion()
    {
        var path = _env.WriteCliConfig(AkProfiles);
        var session = Connect();
        Assert.Equal("profile 'main' (AK) in " + path, session.CredentialSource);
        Assert.Contains("Credentials: profile 'main' (AK) in " + path + " (LTAI****01)", _debug);
        Assert.Equal(("cn-shanghai", "profile 'main' (AK) in " + path), (session.DefaultRegionId, session.RegionSource));
    }

    [Fact]
    public void ProfileNameParameterBeatsEnvironmentCredentialsAndProfileVariable()
    {
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAIenvironment01";
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "s-env";
        _env.Variables["ALIBABA_CLOUD_PROFILE"] = "main";
        _env.WriteCliConfig(AkProfiles);
        var session = Connect(new ConnectionOptions { ProfileName = "other" });
        Assert.StartsWith("profile 'other' (StsToken)", session.CredentialSource);
        Assert.Equal("eu-central-1", session.DefaultRegionId);
    }

    [Fact]
    public void ProfileVariableSelectsTheProfile()
    {
        _env.Variables["ALIBABA_CLOUD_PROFILE"] = "other";
        _env.WriteCliConfig(AkProfiles);
        Assert.StartsWith("profile 'other'", Connect().CredentialSource);
    }

    [Fact]
    public void ANamedProfileThatExistsNowhereIsAnErrorListingWhereItLooked()
    {
        var cli = _env.WriteCliConfig(AkProfiles);
        var ini = _env.WriteIni("[default]\naccess_key_id = LTAIini0000000001\naccess_key_secret = s\n");
        var ex = Assert.Throws<AcsConfigurationException>(() => Connect(new ConnectionOptions { ProfileName = "missing" }));
        Assert.Contains("Profile 'missing' (from parameter -ProfileName) was not found", ex.Message);
        Assert.Contains(cli + ": no profile 'missing'", ex.Message);
        Assert.Contains(ini + ": no section [missing]", ex.Message);
    }

    [Fact]
    public void ANamedProfileWithNoFilesAtAllSaysSo()
    {
        _env.Variables["ALIBABA_CLOUD_PROFILE"] = "ops";
        var ex = Assert.Throws<AcsConfigurationException>(() => Connect());
        Assert.Contains("Profile 'ops' (from environment ALIBABA_CLOUD_PROFILE) was not found: no profile file exists", ex.Message);
    }

    [Fact]
    public void IniDefaultSectionIsUsedWhenTheCliFileHasNoMatchingProfile()
    {
        _env.WriteCliConfig("""{ "profiles": [] }""");
        var ini = _env.WriteIni("# comment\n; another\n[default]\ntype = access_key\naccess_key_id = LTAIini0000000001\naccess_key_secret = s-ini\nregion_id = ap-southeast-1\n");
        var session = Connect();
        Assert.Equal("section [default] (access_key) in " + ini, session.CredentialSource);
        Assert.Equal("ap-southeast-1", session.DefaultRegionId);
    }

    [Fact]
    public void IniFileNamedCredentialsIniAndTheOverrideVariableAreHonoured()
    {
        var ini = _env.WriteIni("[default]\ntype = sts\naccess_key_id = STS.ini00000001\naccess_key_secret = s\nsecurity_token = t\n", "credentials.ini");
        Assert.Equal("section [default] (sts) in " + ini, Connect().CredentialSource);

        var custom = Path.Combine(_env.Home, "elsewhere.ini");
        File.WriteAllText(custom, "[prod]\naccess_key_id = LTAIcustom0000001\naccess_key_secret = s\n");
        _env.Variables["ALIBABA_CLOUD_CREDENTIALS_FILE"] = custom;
        _env.Variables["ALIBABA_CLOUD_PROFILE"] = "prod";
        Assert.Equal("section [prod] (access_key) in " + custom, Connect().CredentialSource);
    }

    [Fact]
    public void NothingFoundGivesOneErrorListingEveryPlaceAndWhatToDo()
    {
        _env.Variables.Remove("ALIBABA_CLOUD_ECS_METADATA_DISABLED");
        var settings = TestEnvironment.FastSettings(new Uri($"http://127.0.0.1:{LoopbackServer.ClosedPort()}/"));
        // A refusal is immediate, but on a loaded machine its continuation can lose the race with a 1 s deadline.
        settings.MetadataTimeout = TimeSpan.FromSeconds(30);
        var ex = Assert.Throws<AcsConfigurationException>(() => new ClientFactory(_env.Build(), settings).Connect(new ConnectionOptions()));
        var m = ex.Message;
        Assert.StartsWith("No Alibaba Cloud credentials found. Tried: environment: ALIBABA_CLOUD_ACCESS_KEY_ID not set; ", m);
        Assert.Contains(Path.Combine(_env.Home, ".aliyun", "config.json") + ": file not found", m);
        Assert.Contains(Path.Combine(_env.Home, ".alibabacloud", "credentials") + " or " + Path.Combine(_env.Home, ".alibabacloud", "credentials.ini") + ": file not found", m);
        Assert.Contains("ECS metadata: not reachable (Connection refused", m);
        Assert.Contains("Pass -Credential", m);
        Assert.Contains("ALIBABA_CLOUD_PROFILE", m);
    }

    [Fact]
    public void DisabledSourcesAreListedAsSkipped()
    {
        _env.Variables["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] = "TRUE";
        _env.WriteCliConfig(AkProfiles);
        var ex = Assert.Throws<AcsConfigurationException>(() => Connect());
        Assert.Contains("~/.aliyun/config.json: skipped (ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true)", ex.Message);
        Assert.Contains("ECS metadata: skipped (ALIBABA_CLOUD_ECS_METADATA_DISABLED=true)", ex.Message);
    }

    [Fact]
    public void EcsNeedsARegionAndSaysHowToGiveOne()
    {
        var session = Connect(new ConnectionOptions { AccessKeyId = "LTAIparameter0001", AccessKeySecret = "s" });
        Assert.Null(session.DefaultRegionId);
        Assert.Equal("not set", session.RegionSource);
        Assert.Contains(_debug, l => l.StartsWith("Region: not set"));
        Assert.Contains("-RegionId", Assert.Throws<AcsConfigurationException>(() => session.Ecs()).Message);
        Assert.Equal("ap-northeast-1", session.Ecs("ap-northeast-1").RegionId);
        Assert.Equal("https://ram.aliyuncs.com/", session.Ram.Endpoint.ToString());
        Assert.Equal("https://sts.aliyuncs.com/", session.Sts.Endpoint.ToString());
    }

    [Theory]
    [InlineData("evil.com/x")]
    [InlineData("CN-HANGZHOU")]
    [InlineData("cn hangzhou")]
    public void RegionIdsThatCouldBendTheHostNameAreRefused(string region)
    {
        Assert.Contains("is not a valid region id", Assert.Throws<AcsConfigurationException>(() =>
            Connect(new ConnectionOptions { AccessKeyId = "LTAIparameter0001", AccessKeySecret = "s", RegionId = region })).Message);
        var session = Connect(new ConnectionOptions { AccessKeyId = "LTAIparameter0001", AccessKeySecret = "s" });
        Assert.Throws<AcsConfigurationException>(() => session.Ecs(region));
    }

    [Fact]
    public void ClientsAreCachedPerCredentialsRegionAndEndpoint()
    {
        _env.Variables["ALIBABA_CLOUD_STS_REGION"] = "cn-beijing";
        var factory = new ClientFactory(_env.Build(), TestEnvironment.FastSettings());
        var options = new ConnectionOptions { AccessKeyId = "LTAIparameter0001", AccessKeySecret = "s", RegionId = "cn-beijing" };
        var a = (SessionRpcClient)factory.Connect(options).Ecs();
        var b = (SessionRpcClient)factory.Connect(options).Ecs();
        var c = (SessionRpcClient)factory.Connect(options).Ecs("cn-shanghai");
        var d = (SessionRpcClient)factory.Connect(new ConnectionOptions { AccessKeyId = "LTAIparameter0001", AccessKeySecret = "other", RegionId = "cn-beijing" }).Ecs();
        Assert.Same(a.Inner, b.Inner);
        Assert.NotSame(a.Inner, c.Inner);
        Assert.NotSame(a.Inner, d.Inner);
        Assert.Equal("https://sts.cn-beijing.aliyuncs.com/", factory.Connect(options).Sts.Endpoint.ToString());
    }

    [Fact]
    public void SharedFactoryIsOneProcessWideInstance()
    {
        Assert.Same(ClientFactory.Shared, ClientFactory.Shared);
        Assert.Same(ClientEnvironment.Process, ClientEnvironment.Process);
        Assert.False(string.IsNullOrEmpty(ClientEnvironment.Process.HomeDirectory));
    }
}
