using AppSnapshot.Tests.Fakes;
using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Credentials;

/// <summary>The instance RAM role through the metadata service, hardened (token) mode first.</summary>
public sealed class EcsMetadataTests : IAsyncLifetime
{
    private readonly TestEnvironment _env = new();
    private FakeCloud _cloud = null!;

    public Task InitializeAsync()
    {
        _cloud = new FakeCloud(_env.Clock);
        _env.Variables.Remove("ALIBABA_CLOUD_ECS_METADATA_DISABLED");
        _env.Variables["APPSNAPSHOT_ENDPOINT"] = _cloud.Server.BaseUri.ToString();
        _env.Variables["ALIBABA_CLOUD_REGION_ID"] = "cn-hangzhou";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _cloud.DisposeAsync();
        _env.Dispose();
    }

    private ClientFactory Factory(ClientSettings? settings = null) => new(_env.Build(), settings ?? TestEnvironment.FastSettings(_cloud.Server.BaseUri));

    [Fact]
    public async Task HardenedFlowGetsATokenThenTheRoleThenCredentialsAndRefreshesThem()
    {
        var notes = new RecordingSink();
        var session = Factory().Connect(new ConnectionOptions(), notes);
        Assert.Equal("ECS instance RAM role 'EcsSnapshotRole' (metadata service)", session.CredentialSource);
        Assert.Contains(notes.Debug, l => l.StartsWith("Credentials: ECS instance RAM role 'EcsSnapshotRole'"));

        var response = await session.Ecs().CallAsync(new RpcRequest("X"), CancellationToken.None);
        Assert.Equal("STS.Issued0001", response.Body.GetString("Caller"));

        var metadata = _cloud.Server.Requests.Where(r => r.Path.StartsWith("/latest/")).ToList();
        Assert.Equal(("PUT", "/latest/api/token"), (metadata[0].Method, metadata[0].Path));
        Assert.All(metadata.Where(r => r.Method == "GET"), r => Assert.Equal(FakeCloud.MetadataToken, r.Header("X-aliyun-ecs-metadata-token")));
        Assert.Contains(metadata, r => r.Path == "/latest/meta-data/ram/security-credentials/EcsSnapshotRole");

        _env.Clock.Advance(TimeSpan.FromMinutes(58));
        var refreshed = await session.Ecs().CallAsync(new RpcRequest("X"), CancellationToken.None);
        Assert.Equal("STS.Issued0002", refreshed.Body.GetString("Caller"));
    }

    [Fact]
    public async Task WithoutATokenEndpointItFallsBackToTokenlessAccess()
    {
        _cloud.MetadataTokenEndpointBroken = true;
        _cloud.RequireMetadataToken = false;
        var response = await Factory().Connect(new ConnectionOptions()).Ecs().CallAsync(new RpcRequest("X"), CancellationToken.None);
        Assert.Equal("STS.Issued0001", response.Body.GetString("Caller"));
    }

    [Fact]
    public void TokenlessFallbackIsRefusedWhenImdsV1IsDisabled()
    {
        _cloud.MetadataTokenEndpointBroken = true;
        _env.Variables["ALIBABA_CLOUD_IMDSV1_DISABLED"] = "true";
        var ex = Assert.Throws<AcsConfigurationException>(() => Factory().Connect(new ConnectionOptions()));
        Assert.Contains("ECS metadata: metadata token request answered HTTP 403 and ALIBABA_CLOUD_IMDSV1_DISABLED=true forbids token-less access", ex.Message);
    }

    [Fact]
    public void AnInstanceWithoutARoleIsReported()
    {
        _cloud.MetadataRole = null;
        var ex = Assert.Throws<AcsConfigurationException>(() => Factory().Connect(new ConnectionOptions()));
        Assert.Contains("ECS metadata: no RAM role attached to this instance (HTTP 404", ex.Message);
    }

    [Fact]
    public async Task AMetadataServiceThatNeverAnswersIsSkippedAfterItsTimeout()
    {
        await using var silent = LoopbackServer.Start((_, _) => LoopbackReply.NoAnswer());
        var settings = TestEnvironment.FastSettings(silent.BaseUri);
        settings.MetadataTimeout = TimeSpan.FromMilliseconds(300);
        var ex = Assert.Throws<AcsConfigurationException>(() => Factory(settings).Connect(new ConnectionOptions()));
        Assert.Contains("ECS metadata: not reachable (no answer within 0.3 s)", ex.Message);
    }

    [Fact]
    public async Task AnEcsRamRoleProfileUsesItsNamedRole()
    {
        _cloud.MetadataRole = "NamedRole";
        var path = _env.WriteCliConfig("""{ "profiles": [ { "name": "default", "mode": "EcsRamRole", "ram_role_name": "NamedRole", "region_id": "cn-hangzhou" } ] }""");
        var session = Factory().Connect(new ConnectionOptions());
        Assert.Equal("profile 'default' (EcsRamRole) in " + path, session.CredentialSource);
        var response = await session.Ecs().CallAsync(new RpcRequest("X"), CancellationToken.None);
        Assert.Equal("STS.Issued0001", response.Body.GetString("Caller"));
        Assert.DoesNotContain(_cloud.Server.Requests, r => r.Path == "/latest/meta-data/ram/security-credentials/");
    }

    [Fact]
    public async Task AnEcsRamRoleIniSectionDiscoversTheRole()
    {
        _env.WriteIni("[default]\ntype = ecs_ram_role\n");
        var response = await Factory().Connect(new ConnectionOptions()).Ecs().CallAsync(new RpcRequest("X"), CancellationToken.None);
        Assert.Equal("STS.Issued0001", response.Body.GetString("Caller"));
    }

    [Fact]
    public void AnEcsRamRoleProfileOffEcsFailsNamingTheProfile()
    {
        _cloud.MetadataRole = null;
        _env.WriteCliConfig("""{ "profiles": [ { "name": "default", "mode": "EcsRamRole" } ] }""");
        var ex = Assert.Throws<AcsConfigurationException>(() => Factory().Connect(new ConnectionOptions()));
        Assert.Contains("profile 'default' (EcsRamRole)", ex.Message);
        Assert.Contains("no RAM role attached", ex.Message);
    }

    [Fact]
    public async Task ARoleFromTheEnvironmentThatTheServiceDoesNotKnowFailsAtFirstUse()
    {
        _env.Variables["ALIBABA_CLOUD_ECS_METADATA"] = "Ghost";
        var client = Factory().Connect(new ConnectionOptions()).Ecs();
        var ex = await Assert.ThrowsAsync<AcsConfigurationException>(() => client.CallAsync(new RpcRequest("X"), CancellationToken.None));
        Assert.Contains("ECS instance RAM role 'Ghost': the metadata service did not provide credentials", ex.Message);
    }
}
