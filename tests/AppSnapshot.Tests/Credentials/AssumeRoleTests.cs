using AppSnapshot.Tests.Fakes;
using AppSnapshot.Client;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Credentials;

/// <summary>RamRoleArn / ChainableRamRoleArn profiles: STS AssumeRole through our own client, cached and refreshed.</summary>
public sealed class AssumeRoleTests : IAsyncLifetime
{
    private readonly TestEnvironment _env = new();
    private FakeCloud _cloud = null!;

    public Task InitializeAsync()
    {
        _cloud = new FakeCloud(_env.Clock, TimeSpan.FromMilliseconds(200));
        _env.Variables["APPSNAPSHOT_ENDPOINT"] = _cloud.Server.BaseUri.ToString();
        _env.WriteCliConfig($$"""
            { "current": "ops", "profiles": [
              { "name": "base", "mode": "AK", "access_key_id": "{{FakeCloud.LongTermId}}", "access_key_secret": "{{FakeCloud.LongTermSecret}}", "region_id": "cn-hangzhou" },
              { "name": "ops", "mode": "RamRoleArn", "access_key_id": "{{FakeCloud.LongTermId}}", "access_key_secret": "{{FakeCloud.LongTermSecret}}",
                "ram_role_arn": "acs:ram::123:role/ops", "ram_session_name": "snap", "expired_seconds": 3600, "region_id": "cn-hangzhou" },
              { "name": "chained", "mode": "ChainableRamRoleArn", "source_profile": "ops", "ram_role_arn": "acs:ram::456:role/deep", "region_id": "cn-beijing" } ] }
            """);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _cloud.DisposeAsync();
        _env.Dispose();
    }

    private ClientFactory Factory() => new(_env.Build(), TestEnvironment.FastSettings());

    [Fact]
    public async Task AssumedCredentialsAreUsedCachedAndRefreshedWhenLessThanThreeMinutesRemain()
    {
        var notes = new RecordingSink();
        var session = Factory().Connect(new ConnectionOptions(), notes);
        Assert.Contains(notes.Debug, l => l.StartsWith("Credentials: profile 'ops' (RamRoleArn) in ") && l.EndsWith(", assuming acs:ram::123:role/ops with LTAI****42"));

        var first = await session.Ecs().CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
        Assert.Equal("STS.Issued0001", first.Body.GetString("Caller"));
        _env.Clock.Advance(TimeSpan.FromMinutes(50));
        await session.Ecs().CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
        Assert.Equal(1, _cloud.AssumeRoleCalls);

        _env.Clock.Advance(TimeSpan.FromMinutes(8)); // 2 minutes left
        var refreshed = await session.Ecs().CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
        Assert.Equal("STS.Issued0002", refreshed.Body.GetString("Caller"));
        Assert.Equal(2, _cloud.AssumeRoleCalls);
    }

    [Fact]
    public async Task ConcurrentCallersShareOneAssumeRole()
    {
        var client = Factory().Connect(new ConnectionOptions()).Ecs();
        var calls = Enumerable.Range(0, 20).Select(_ => client.CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None));
        var responses = await Task.WhenAll(calls);
        Assert.Equal(1, _cloud.AssumeRoleCalls);
        Assert.All(responses, r => Assert.Equal("STS.Issued0001", r.Body.GetString("Caller")));
    }

    [Fact]
    public async Task AssumedCredentialsAreSharedAcrossSessionsOfOneFactory()
    {
        var factory = Factory();
        await factory.Connect(new ConnectionOptions()).Ecs().CallAsync(new RpcRequest("X"), CancellationToken.None);
        await factory.Connect(new ConnectionOptions()).Ecs("cn-shanghai").CallAsync(new RpcRequest("X"), CancellationToken.None);
        Assert.Equal(1, _cloud.AssumeRoleCalls);
    }

    [Fact]
    public async Task CredentialsTheServerCallsExpiredAreRefreshedOnceAndTheCallRetried()
    {
        var client = Factory().Connect(new ConnectionOptions()).Ecs();
        await client.CallAsync(new RpcRequest("X"), CancellationToken.None);
        _cloud.RejectNextAsExpired = 1;
        var response = await client.CallAsync(new RpcRequest("X"), CancellationToken.None);
        Assert.Equal("STS.Issued0002", response.Body.GetString("Caller"));
        Assert.Equal(2, _cloud.AssumeRoleCalls);

        _cloud.RejectNextAsExpired = 5;
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => client.CallAsync(new RpcRequest("X"), CancellationToken.None));
        Assert.Equal("InvalidSecurityToken.Expired", ex.Code);
    }

    [Fact]
    public async Task ChainedProfilesAssumeThroughTheSourceProfilesTemporaryCredentials()
    {
        var notes = new RecordingSink();
        var session = Factory().Connect(new ConnectionOptions { ProfileName = "chained" }, notes);
        Assert.Equal("cn-beijing", session.DefaultRegionId);
        Assert.Contains(notes.Debug, l => l.Contains("assuming acs:ram::456:role/deep with profile 'ops' (RamRoleArn)"));
        var response = await session.Ecs().CallAsync(new RpcRequest("X"), CancellationToken.None);
        Assert.Equal("STS.Issued0002", response.Body.GetString("Caller"));
        Assert.Equal(2, _cloud.AssumeRoleCalls);
    }

    [Fact]
    public async Task AnIniRamRoleArnSectionAssumesTheRoleWithItsSessionNameAndPolicy()
    {
        _env.Variables["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] = "true";
        _env.Variables["ALIBABA_CLOUD_REGION_ID"] = "cn-hangzhou";
        _env.WriteIni($"[default]\ntype = ram_role_arn\naccess_key_id = {FakeCloud.LongTermId}\naccess_key_secret = {FakeCloud.LongTermSecret}\n" +
            "role_arn = acs:ram::789:role/ini\nrole_session_name = ini-session\npolicy = {\"Version\":\"1\"}\nexternal_id = ext-1\n");
        var response = await Factory().Connect(new ConnectionOptions()).Ecs().CallAsync(new RpcRequest("X"), CancellationToken.None);
        Assert.Equal("STS.Issued0001", response.Body.GetString("Caller"));
        var assume = _cloud.Server.Requests.Single(r => r.Header("x-acs-action") == "AssumeRole");
        Assert.Equal("2015-04-01", assume.Header("x-acs-version"));
        Assert.Equal("DurationSeconds=3600&ExternalId=ext-1&Policy=%7B%22Version%22%3A%221%22%7D&RoleArn=acs%3Aram%3A%3A789%3Arole%2Fini&RoleSessionName=ini-session", assume.RawQuery);
    }

    [Fact]
    public async Task AssumeRoleRejectionSurfacesAsTheStsError()
    {
        _env.WriteCliConfig("""{ "profiles": [ { "name": "default", "mode": "RamRoleArn", "access_key_id": "LTAIunknown000001", "access_key_secret": "x", "ram_role_arn": "acs:ram::1:role/r", "region_id": "cn-hangzhou" } ] }""");
        var client = Factory().Connect(new ConnectionOptions()).Ecs();
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => client.CallAsync(new RpcRequest("X"), CancellationToken.None));
        Assert.Equal(("Sts", "AssumeRole", "InvalidAccessKeyId.NotFound"), (ex.Product, ex.Action, ex.Code));
    }
}
