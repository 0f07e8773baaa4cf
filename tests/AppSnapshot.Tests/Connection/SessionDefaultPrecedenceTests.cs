using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Fakes;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Connection;

/// <summary>One order for region, profile and endpoint: per-call parameter, session default, environment, profile file;
/// the debug stream says which one won.</summary>
public sealed class SessionDefaultPrecedenceTests : IDisposable
{
    private const string Source = "session default (Set-AppSnapshotDefault)";
    private const string Profiles = """
        { "current": "main", "profiles": [
          { "name": "main", "mode": "AK", "access_key_id": "LTAIprofileMain01", "access_key_secret": "s-main", "region_id": "cn-shanghai" },
          { "name": "ops", "mode": "AK", "access_key_id": "LTAIprofileOps001", "access_key_secret": "s-ops", "region_id": "eu-central-1" } ] }
        """;

    private readonly TestEnvironment _env = new();
    private readonly SessionDefaults _defaults = new();
    private readonly RecordingSink _notes = new();

    public void Dispose() => _env.Dispose();

    private AcsSession Connect(ConnectionOptions? options = null) =>
        new ClientFactory(_env.Build(), TestEnvironment.FastSettings(), _defaults).Connect(options ?? new ConnectionOptions(), _notes);

    private void SetEnvironmentKey()
    {
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAIenvironment01";
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "s-env";
    }

    [Fact]
    public void SessionRegionBeatsEnvironmentAndProfileAndIsNamedOnTheDebugStream()
    {
        SetEnvironmentKey();
        _env.Variables["ALIBABA_CLOUD_REGION_ID"] = "cn-qingdao";
        _env.WriteCliConfig(Profiles);
        _defaults.Set(regionId: "cn-beijing");
        var session = Connect();
        Assert.Equal(("cn-beijing", Source), (session.DefaultRegionId, session.RegionSource));
        Assert.Contains("Region: cn-beijing from session default (Set-AppSnapshotDefault)", _notes.Debug);
    }

    [Fact]
    public void RegionParameterBeatsTheSessionRegion()
    {
        SetEnvironmentKey();
        _defaults.Set(regionId: "cn-beijing");
        var session = Connect(new ConnectionOptions { RegionId = "cn-shenzhen" });
        Assert.Equal(("cn-shenzhen", "parameter -RegionId"), (session.DefaultRegionId, session.RegionSource));
    }

    [Fact]
    public void ClearedSessionRegionFallsBackToTheEnvironment()
    {
        SetEnvironmentKey();
        _env.Variables["ALIBABA_CLOUD_REGION_ID"] = "cn-qingdao";
        _defaults.Set(regionId: "cn-beijing");
        _defaults.Clear(regionId: true, profileName: false, endpoint: false);
        Assert.Equal(("cn-qingdao", "environment ALIBABA_CLOUD_REGION_ID"), (Connect().DefaultRegionId, Connect().RegionSource));
    }

    [Fact]
    public void SessionProfileBeatsEnvironmentCredentialsAndTheCurrentProfile()
    {
        SetEnvironmentKey();
        var path = _env.WriteCliConfig(Profiles);
        _defaults.Set(profileName: "ops");
        var session = Connect();
        Assert.Equal("profile 'ops' (AK) in " + path, session.CredentialSource);
        Assert.Contains("Credentials: profile 'ops' (AK) in " + path + " (LTAI****01), profile named by " + Source, _notes.Debug);
        Assert.Equal("eu-central-1", session.DefaultRegionId);
    }

    [Fact]
    public void EnvironmentRegionStillBeatsTheRegionOfTheSessionProfile()
    {
        var path = _env.WriteCliConfig(Profiles);
        _env.Variables["ALIBABA_CLOUD_REGION_ID"] = "cn-qingdao";
        _defaults.Set(profileName: "ops");
        var session = Connect();
        Assert.Equal("profile 'ops' (AK) in " + path, session.CredentialSource);
        Assert.Equal(("cn-qingdao", "environment ALIBABA_CLOUD_REGION_ID"), (session.DefaultRegionId, session.RegionSource));
    }

    [Fact]
    public void ProfileParameterAndCredentialBeatTheSessionProfile()
    {
        var path = _env.WriteCliConfig(Profiles);
        _defaults.Set(profileName: "ops");
        Assert.Equal("profile 'main' (AK) in " + path, Connect(new ConnectionOptions { ProfileName = "main" }).CredentialSource);
        Assert.DoesNotContain(_notes.Debug, l => l.Contains("named by"));
        var explicitKey = Connect(new ConnectionOptions { AccessKeyId = "LTAIparameter0001", AccessKeySecret = "s", RegionId = "cn-beijing" });
        Assert.Equal("parameter -Credential", explicitKey.CredentialSource);
    }

    [Fact]
    public void AMissingSessionProfileIsAnErrorThatSaysWhereTheNameCameFrom()
    {
        SetEnvironmentKey();
        _env.WriteCliConfig(Profiles);
        _defaults.Set(profileName: "gone");
        var error = Assert.Throws<AcsConfigurationException>(() => Connect());
        Assert.Contains("Profile 'gone' (from " + Source + ") was not found", error.Message);
    }

    [Fact]
    public void SessionEndpointBeatsTheEnvironmentAndTheParameterBeatsBoth()
    {
        SetEnvironmentKey();
        _env.Variables["APPSNAPSHOT_ENDPOINT"] = "http://127.0.0.1:1111";
        _defaults.Set("cn-hangzhou", endpoint: "http://127.0.0.1:2222");
        Assert.Equal("http://127.0.0.1:2222/", Connect().Ecs().Endpoint.ToString());
        Assert.Contains("Endpoint Ecs cn-hangzhou: http://127.0.0.1:2222/ (" + Source + ")", _notes.Debug);
        Assert.Equal("http://127.0.0.1:3333/", Connect(new ConnectionOptions { Endpoint = "http://127.0.0.1:3333" }).Ram.Endpoint.ToString());
        _defaults.Clear(false, false, endpoint: true);
        Assert.Equal("http://127.0.0.1:1111/", Connect().Sts.Endpoint.ToString());
    }

    [Fact]
    public void WithoutSessionDefaultsNothingChanges()
    {
        SetEnvironmentKey();
        _env.Variables["ALIBABA_CLOUD_REGION_ID"] = "cn-qingdao";
        var session = Connect();
        Assert.Equal(("cn-qingdao", "environment ALIBABA_CLOUD_REGION_ID"), (session.DefaultRegionId, session.RegionSource));
        Assert.Equal("https://ecs.cn-qingdao.aliyuncs.com/", session.Ecs().Endpoint.ToString());
    }
}
