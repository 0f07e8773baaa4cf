using AppSnapshot.Tests.Fakes;
using System.Text.RegularExpressions;
using AppSnapshot.Client;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Credentials;

/// <summary>
/// Drives succeeding and failing calls through every credential kind, captures all debug output,
/// exception texts (with inner exceptions and stack traces) and object texts, and scans them for every
/// secret, token and signature that was in play.
/// </summary>
public sealed class SecretLeakTests : IAsyncLifetime
{
    private const string ParamSecret = "ParamSecret-7f3a9c1e";
    private const string ParamToken = "ParamStsToken-0b8d2e44";
    private const string EnvSecret = "EnvSecret-51c0ffee";
    private readonly TestEnvironment _env = new();
    private readonly List<string> _texts = new();
    private readonly RecordingSink _notes = new();
    private FakeCloud _cloud = null!;

    public Task InitializeAsync()
    {
        _cloud = new FakeCloud(_env.Clock);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _cloud.DisposeAsync();
        _env.Dispose();
    }

    private async Task Capture(Func<Task> action)
    {
        try { await action(); }
        catch (Exception ex) { _texts.Add(ex.ToString()); }
    }

    private void Capture(Action action)
    {
        try { action(); }
        catch (Exception ex) { _texts.Add(ex.ToString()); }
    }

    [Fact]
    public async Task NoSecretTokenOrSignatureAppearsInAnyDebugLineExceptionOrObjectText()
    {
        _env.Variables["APPSNAPSHOT_ENDPOINT"] = _cloud.Server.BaseUri.ToString();
        _env.Variables.Remove("ALIBABA_CLOUD_ECS_METADATA_DISABLED");
        var settings = TestEnvironment.FastSettings(_cloud.Server.BaseUri);
        settings.MaxAttempts = 2;
        var factory = new ClientFactory(_env.Build(), settings);
        var request = new RpcRequest("DescribeInstances").Add("RegionId", "cn-hangzhou");

        // Explicit STS-style parameters the fake cloud does not know: the call fails with an API error.
        var explicitOptions = new ConnectionOptions { AccessKeyId = "STS.param000000001", AccessKeySecret = ParamSecret, SecurityToken = ParamToken, RegionId = "cn-hangzhou" };
        _texts.Add(explicitOptions.ToString());
        var explicitSession = factory.Connect(explicitOptions, _notes);
        _texts.Add(explicitSession.ToString());
        await Capture(() => explicitSession.Ecs().CallAsync(request, CancellationToken.None));

        // Long-term key from the environment: succeeds.
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = FakeCloud.LongTermId;
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = FakeCloud.LongTermSecret;
        var envSession = factory.Connect(new ConnectionOptions { RegionId = "cn-hangzhou" }, _notes);
        await Capture(async () => _texts.Add((await envSession.Ecs().CallAsync(request, CancellationToken.None)).Body.ToJson().Replace(FakeCloud.LongTermId, "")));

        // A wrong secret: SignatureDoesNotMatch.
        _env.Variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = EnvSecret;
        await Capture(() => new ClientFactory(_env.Build(), settings).Connect(new ConnectionOptions { RegionId = "cn-hangzhou" }, _notes).Ecs().CallAsync(request, CancellationToken.None));

        // Transport failure and a 503 storm with retry notes.
        await Capture(() => factory.Connect(new ConnectionOptions { RegionId = "cn-hangzhou", Endpoint = $"http://127.0.0.1:{LoopbackServer.ClosedPort()}" }, _notes)
            .Ecs().CallAsync(request, CancellationToken.None));
        await using (var storm = LoopbackServer.Start((_, _) => LoopbackReply.Json(503, "{\"Code\":\"ServiceUnavailable\"}")))
            await Capture(() => factory.Connect(new ConnectionOptions { RegionId = "cn-hangzhou", Endpoint = storm.BaseUri.ToString() }, _notes).Ecs().CallAsync(request, CancellationToken.None));

        // Assumed role and instance role: succeed, then the role credentials are rejected as expired until retries run out.
        _env.Variables.Remove("ALIBABA_CLOUD_ACCESS_KEY_ID");
        _env.Variables.Remove("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        _env.WriteCliConfig($$"""{ "profiles": [ { "name": "default", "mode": "RamRoleArn", "access_key_id": "{{FakeCloud.LongTermId}}", "access_key_secret": "{{FakeCloud.LongTermSecret}}", "ram_role_arn": "acs:ram::1:role/r", "region_id": "cn-hangzhou" } ] }""");
        var roleSession = factory.Connect(new ConnectionOptions(), _notes);
        await Capture(() => roleSession.Ecs().CallAsync(request, CancellationToken.None));
        _cloud.RejectNextAsExpired = 10;
        await Capture(() => roleSession.Ecs().CallAsync(request, CancellationToken.None));
        _cloud.RejectNextAsExpired = 0;
        File.Delete(Path.Combine(_env.Home, ".aliyun", "config.json"));
        await Capture(() => factory.Connect(new ConnectionOptions { RegionId = "cn-hangzhou" }, _notes).Ecs().CallAsync(request, CancellationToken.None));

        // Broken profile files holding secrets.
        _env.WriteCliConfig("{ \"profiles\": [ { \"name\": \"default\", \"mode\": \"RamRoleArn\", \"access_key_id\": \"x\", \"access_key_secret\": \"" + EnvSecret + "\" } ] }");
        Capture(() => factory.Connect(new ConnectionOptions(), _notes));
        _env.WriteCliConfig("{ \"profiles\": [ { \"access_key_secret\": \"" + EnvSecret + "\" ");
        Capture(() => factory.Connect(new ConnectionOptions(), _notes));
        _env.WriteIni("[default]\n" + EnvSecret + "\n");
        _env.Variables["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] = "true";
        Capture(() => factory.Connect(new ConnectionOptions(), _notes));

        var secrets = new List<string> { ParamSecret, ParamToken, EnvSecret, FakeCloud.LongTermSecret, FakeCloud.MetadataToken };
        secrets.AddRange(_cloud.IssuedSecrets);
        secrets.AddRange(_cloud.IssuedTokens);
        foreach (var r in _cloud.Server.Requests)
        {
            var auth = r.Header("Authorization");
            if (auth != null) secrets.Add(Regex.Match(auth, "Signature=([0-9a-f]{64})").Groups[1].Value);
        }

        Assert.True(_cloud.IssuedSecrets.Count >= 3, "role credentials were issued and used");
        _texts.AddRange(_notes.Debug);
        Assert.True(_texts.Count > 15, "enough output was captured: " + _texts.Count);
        Assert.Contains(_texts, t => t.Contains("SignatureDoesNotMatch"));
        Assert.Contains(_texts, t => t.Contains("retrying in"));
        Assert.Contains(_texts, t => t.Contains("InvalidSecurityToken.Expired"));
        Assert.Contains(_texts, t => t.Contains("Invalid JSON at offset"));
        var all = string.Join("\n", _texts);
        foreach (var secret in secrets.Where(s => s.Length > 0).Distinct())
            Assert.False(all.Contains(secret, StringComparison.Ordinal), "leaked a secret starting with " + secret[..6]);
        Assert.DoesNotContain("ACS3-HMAC-SHA256 Credential", all);
    }
}
