using AppSnapshot.Tests.Fakes;
using System.Diagnostics;
using System.Text.RegularExpressions;
using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Client;

/// <summary>The RPC transport against a real HTTP listener on 127.0.0.1.</summary>
public sealed class RpcClientTests : IDisposable
{
    private const string KeyId = "LTAI5tClientTest01";
    private const string Secret = "ClientTestSecret-must-not-leak";
    private readonly TestEnvironment _env = new();

    public void Dispose() => _env.Dispose();

    private IRpcClient Ecs(LoopbackServer server, ClientSettings? settings = null, string? token = null, IClock? clock = null, string? endpoint = null)
    {
        var environment = clock is null ? _env.Build() : new ClientEnvironment(_ => null, _env.Home, clock);
        var factory = new ClientFactory(environment, settings ?? TestEnvironment.FastSettings());
        var session = factory.Connect(new ConnectionOptions
        {
            AccessKeyId = KeyId, AccessKeySecret = Secret, SecurityToken = token, RegionId = "cn-hangzhou", Endpoint = endpoint ?? server.BaseUri.ToString(),
        });
        return session.Ecs();
    }

    private static string Error(string code, string requestId = "req-err") =>
        $"{{\"RequestId\":\"{requestId}\",\"HostId\":\"ecs.cn-hangzhou.aliyuncs.com\",\"Code\":\"{code}\",\"Message\":\"msg for {code}\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q={code}\"}}";

    [Fact]
    public async Task SendsAValidSignedV3PostWithTheCanonicalQueryOnTheWire()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(200, "{\"RequestId\":\"req-1\",\"Instances\":{\"Instance\":[{\"InstanceId\":\"i-1\"}]}}"));
        var client = Ecs(server);

        var response = await client.CallAsync(new RpcRequest("DescribeInstances").Add("RegionId", "cn-hangzhou").Add("InstanceName", "web 01*~/é"), CancellationToken.None);

        Assert.Equal("req-1", response.RequestId);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(1, response.Attempts);
        Assert.Equal("i-1", response.Body.GetList("Instances", "Instance")[0].GetString("InstanceId"));
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.Path);
        Assert.Equal("InstanceName=web%2001%2A~%2F%C3%A9&RegionId=cn-hangzhou", request.RawQuery);
        Assert.Equal("DescribeInstances", request.Header("x-acs-action"));
        Assert.Equal("2014-05-26", request.Header("x-acs-version"));
        Assert.Matches("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", request.Header("x-acs-date"));
        Assert.Matches("^[0-9a-f]{32}$", request.Header("x-acs-signature-nonce"));
        Assert.Equal(V3Signer.EmptyPayloadHash, request.Header("x-acs-content-sha256"));
        Assert.Equal("application/json", request.Header("Accept"));
        Assert.Matches("^AppSnapshot/\\d+\\.\\d+\\.\\d+ \\([^()]+; [^()]+\\) PowerShell-module$", request.Header("User-Agent"));
        Assert.Null(request.Header("x-acs-security-token"));
        Assert.Contains("Credential=" + KeyId + ",", request.Header("Authorization"));
        Assert.True(SignatureCheck.IsValid(request, Secret));
        Assert.False(SignatureCheck.IsValid(request, "another-secret"));
        Assert.Equal(server.BaseUri, client.Endpoint);
        Assert.Equal("Ecs", client.Product);
        Assert.Equal("cn-hangzhou", client.RegionId);
    }

    [Fact]
    public async Task StsCredentialsAddSignedTokenAndAccessKeyIdHeaders()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(200, "{\"RequestId\":\"r\"}"));
        await Ecs(server, token: "STS-token-value").CallAsync(new RpcRequest("DescribeRegions"), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("STS-token-value", request.Header("x-acs-security-token"));
        Assert.Equal(KeyId, request.Header("x-acs-accesskey-id"));
        Assert.Contains("x-acs-accesskey-id;", request.Header("Authorization"));
        Assert.Contains("x-acs-security-token;", request.Header("Authorization"));
        Assert.True(SignatureCheck.IsValid(request, Secret));
        Assert.Equal("", request.RawQuery);
    }

    [Fact]
    public async Task MalformedJsonInASuccessIsATypedErrorNamingTheOffsetWithoutRetry()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(200, "{\"RequestId\": \"r\", oops", ("x-acs-request-id", "hdr-req")));
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => Ecs(server).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None));
        Assert.Equal("InvalidResponse.Malformed", ex.Code);
        Assert.Contains("offset", ex.Message);
        Assert.Equal("hdr-req", ex.RequestId);
        Assert.False(ex.IsRetryable);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task ASuccessThatIsNotAJsonObjectIsATypedError()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(200, "[1,2]"));
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => Ecs(server).CallAsync(new RpcRequest("X"), CancellationToken.None));
        Assert.Equal("InvalidResponse.Malformed", ex.Code);
    }

    [Fact]
    public async Task UnknownErrorCodeIsThrownWithAllFieldsAndIsNotRetried()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(400, Error("Something.Nobody.Knows", "req-77")));
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => Ecs(server).CallAsync(new RpcRequest("StopInstance"), CancellationToken.None));

        Assert.Equal("Something.Nobody.Knows", ex.Code);
        Assert.Equal("msg for Something.Nobody.Knows", ex.ApiMessage);
        Assert.Equal("req-77", ex.RequestId);
        Assert.Equal(400, ex.HttpStatus);
        Assert.Equal("StopInstance", ex.Action);
        Assert.Equal("Ecs", ex.Product);
        Assert.Equal("ecs.cn-hangzhou.aliyuncs.com", ex.HostId);
        Assert.StartsWith("https://api.aliyun.com/troubleshoot", ex.Recommend);
        Assert.False(ex.IsRetryable);
        Assert.False(ex.IsThrottling);
        Assert.Contains("Something.Nobody.Knows", ex.Message);
        Assert.Contains("req-77", ex.Message);
        Assert.Equal(1, server.RequestCount);
    }

    [Theory]
    [InlineData(404, "InvalidInstanceId.NotFound")]
    [InlineData(403, "Forbidden.RAM")]
    [InlineData(400, "InvalidParameter")]
    [InlineData(400, "SignatureDoesNotMatch")]
    [InlineData(403, "IdempotentParameterMismatch")]
    public async Task OtherClientErrorsAreNotRetried(int status, string code)
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(status, Error(code)));
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => Ecs(server).CallAsync(new RpcRequest("X"), CancellationToken.None));
        Assert.Equal(code, ex.Code);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task LowerCaseErrorFieldsAreUnderstood()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(400, "{\"requestId\":\"r-low\",\"code\":\"Bad.Thing\",\"message\":\"lower\"}"));
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => Ecs(server).CallAsync(new RpcRequest("X"), CancellationToken.None));
        Assert.Equal(("Bad.Thing", "lower", "r-low"), (ex.Code, ex.ApiMessage, ex.RequestId));
    }

    [Fact]
    public async Task A503StormThenSuccessRetriesWithFreshNonceAndSignatureAndCappedJitteredBackoff()
    {
        await using var server = LoopbackServer.Start((_, n) => n <= 3 ? LoopbackReply.Json(503, Error("ServiceUnavailable")) : LoopbackReply.Json(200, "{\"RequestId\":\"ok\"}"));
        var settings = TestEnvironment.FastSettings();
        settings.MaxBackoff = TimeSpan.FromMilliseconds(800);
        var notes = new RecordingSink();
        var factory = new ClientFactory(_env.Build(), settings);
        var client = factory.Connect(new ConnectionOptions { AccessKeyId = KeyId, AccessKeySecret = Secret, RegionId = "cn-hangzhou", Endpoint = server.BaseUri.ToString() }, notes).Ecs();

        var response = await client.CallAsync(new RpcRequest("RunCommand").Add("ClientToken", "token-1"), CancellationToken.None);

        Assert.Equal(4, response.Attempts);
        // Jitter pinned at 0.5: half of min(800, 500 * 2^(n-1)) ms.
        Assert.Equal(new[] { 250.0, 400.0, 400.0 }, _env.Clock.Delays.Select(d => d.TotalMilliseconds));
        var requests = server.Requests.ToList();
        Assert.Equal(4, requests.Select(r => r.Header("x-acs-signature-nonce")).Distinct().Count());
        Assert.Equal(4, requests.Select(r => r.Header("Authorization")).Distinct().Count());
        Assert.All(requests, r => Assert.True(SignatureCheck.IsValid(r, Secret)));
        Assert.All(requests, r => Assert.Equal("ClientToken=token-1", r.RawQuery));
        Assert.Equal(3, notes.Debug.Count(l => l.Contains("retrying in")));
    }

    [Fact]
    public async Task A503StormExhaustsTheBoundedAttempts()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(503, Error("ServiceUnavailable")));
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => Ecs(server).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None));
        Assert.Equal("ServiceUnavailable", ex.Code);
        Assert.True(ex.IsRetryable);
        Assert.Equal(5, server.RequestCount);
        Assert.Equal(4, _env.Clock.Delays.Count);
    }

    [Fact]
    public async Task NonJsonGatewayErrorsAreRetriedAndReportedByStatusWithoutEchoingTheBody()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Text(502, "<html>Bad Gateway secret-ish</html>", "text/html"));
        var settings = TestEnvironment.FastSettings();
        settings.MaxAttempts = 2;
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => Ecs(server, settings).CallAsync(new RpcRequest("X"), CancellationToken.None));
        Assert.Equal("Http502", ex.Code);
        Assert.DoesNotContain("secret-ish", ex.Message);
        Assert.Equal(2, server.RequestCount);
    }

    [Theory]
    [InlineData(400, "Throttling.User")]
    [InlineData(400, "Throttling")]
    [InlineData(400, "Rejected.Throttling")]
    [InlineData(429, "Throttling.Resource")]
    public async Task ThrottlingHonoursRetryAfterThenSucceeds(int status, string code)
    {
        await using var server = LoopbackServer.Start((_, n) => n == 1
            ? LoopbackReply.Json(status, Error(code), ("x-acs-retry-after", "1500"))
            : LoopbackReply.Json(200, "{\"RequestId\":\"ok\"}"));
        var response = await Ecs(server).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
        Assert.Equal(2, response.Attempts);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), Assert.Single(_env.Clock.Delays));
    }

    [Fact]
    public async Task ThrottlingErrorIsFlaggedWhenRetriesRunOut()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(400, Error("Throttling.User")));
        var settings = TestEnvironment.FastSettings();
        settings.MaxAttempts = 1;
        var ex = await Assert.ThrowsAsync<AcsApiException>(() => Ecs(server, settings).CallAsync(new RpcRequest("X"), CancellationToken.None));
        Assert.True(ex.IsThrottling);
        Assert.True(ex.IsRetryable);
    }

    [Fact]
    public async Task RunCommandRetriesIdempotentProcessingWithTheSameClientTokenAndAFreshNonce()
    {
        await using var server = LoopbackServer.Start((_, n) => n <= 2 ? LoopbackReply.Json(409, Error("IdempotentProcessing")) : LoopbackReply.Json(200, "{\"RequestId\":\"ok\",\"InvokeId\":\"t-1\"}"));

        var response = await Ecs(server).CallAsync(new RpcRequest("RunCommand").Add("ClientToken", "token-7"), CancellationToken.None);

        Assert.Equal(3, response.Attempts);
        Assert.All(server.Requests, r => Assert.Contains("ClientToken=token-7", r.RawQuery));
        Assert.Equal(3, server.Requests.Select(r => r.Headers["x-acs-signature-nonce"]).Distinct().Count());
    }

    [Fact]
    public async Task IdempotentProcessingIsFinalForActionsWithoutThatRule()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(409, Error("IdempotentProcessing")));

        var error = await Assert.ThrowsAsync<AcsApiException>(() => Ecs(server).CallAsync(new RpcRequest("SendFile"), CancellationToken.None));

        Assert.Equal("IdempotentProcessing", error.Code);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void TheRetryPolicyOfAnActionIsDataInTheSettings()
    {
        var settings = new ClientSettings { MaxAttempts = 3 };
        settings.AlsoRetriedCodes["Ecs.DeleteSnapshotGroup"] = new[] { "Busy" };

        Assert.Equal("3 attempts, also on IdempotentProcessing", settings.RetryPolicyFor("Ecs", "RunCommand").ToString());
        Assert.Equal("3 attempts, also on Busy, not resent after a lost answer", settings.RetryPolicyFor("Ecs", "DeleteSnapshotGroup").ToString());
        Assert.Equal("3 attempts", settings.RetryPolicyFor("Ecs", "DescribeInstances").ToString());
        Assert.Equal("3 attempts", settings.RetryPolicyFor("Ecs", "SendFile").ToString());
        Assert.Equal("3 attempts, not resent after a lost answer", settings.RetryPolicyFor("Ram", "CreateRole").ToString());
    }

    [Fact]
    public async Task InternalErrorDispatchIsRetried()
    {
        await using var server = LoopbackServer.Start((_, n) => n == 1 ? LoopbackReply.Json(500, Error("InternalError.Dispatch")) : LoopbackReply.Json(200, "{\"RequestId\":\"ok\"}"));
        Assert.Equal(2, (await Ecs(server).CallAsync(new RpcRequest("RunCommand"), CancellationToken.None)).Attempts);
    }

    [Fact]
    public async Task AnAnswerThatNeverComesTimesOutPerAttemptAndEndsInATransportError()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.NoAnswer());
        var settings = TestEnvironment.FastSettings();
        settings.ConnectTimeout = TimeSpan.FromMilliseconds(100);
        settings.ReadTimeout = TimeSpan.FromMilliseconds(200);
        settings.MaxAttempts = 2;
        var ex = await Assert.ThrowsAsync<AcsTransportException>(() => Ecs(server, settings).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None));
        Assert.Equal(2, ex.Attempts);
        Assert.Equal("DescribeInstances", ex.Action);
        Assert.Equal("Ecs", ex.Product);
        Assert.Contains("no complete response within 0.3 s", ex.Message);
        Assert.Contains("2 attempts, 2 requests sent, none answered", ex.Message);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task ConnectionRefusedIsRetriedThenReported()
    {
        var port = LoopbackServer.ClosedPort();
        var settings = TestEnvironment.FastSettings();
        settings.MaxAttempts = 3;
        var factory = new ClientFactory(_env.Build(), settings);
        var client = factory.Connect(new ConnectionOptions { AccessKeyId = KeyId, AccessKeySecret = Secret, RegionId = "cn-hangzhou", Endpoint = $"http://127.0.0.1:{port}" }).Ecs();
        // Nothing was sent, so even a change is tried again.
        var ex = await Assert.ThrowsAsync<AcsTransportException>(() => client.CallAsync(new RpcRequest("DeleteSnapshotGroup"), CancellationToken.None));
        Assert.Equal(3, ex.Attempts);
        Assert.Equal(0, ex.RequestsSent);
        Assert.False(ex.MayHaveBeenApplied);
        Assert.Contains("could not connect", ex.Message);
        Assert.Contains("3 attempts, no request reached the service", ex.Message);
        Assert.Equal(2, _env.Clock.Delays.Count);
    }

    [Fact]
    public async Task ConnectionsDroppedBeforeAnyResponseAreRetried()
    {
        await using var server = LoopbackServer.Start((_, n) => n <= 2 ? LoopbackReply.DropConnection() : LoopbackReply.Json(200, "{\"RequestId\":\"ok\"}"));
        var response = await Ecs(server).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
        // .NET's handler may itself resend once when a fresh connection closes before any byte, so only the end result is fixed.
        Assert.Equal("ok", response.RequestId);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task AResponseCutOffMidBodyIsRetried()
    {
        await using var server = LoopbackServer.Start((_, n) => n == 1 ? LoopbackReply.TruncatedBody() : LoopbackReply.Json(200, "{\"RequestId\":\"ok\"}"));
        var response = await Ecs(server).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
        Assert.Equal(2, response.Attempts);
        Assert.Equal("ok", response.RequestId);
    }

    [Fact]
    public async Task AlwaysDroppedConnectionsEndInATransportError()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.DropConnection());
        var settings = TestEnvironment.FastSettings();
        settings.MaxAttempts = 2;
        var ex = await Assert.ThrowsAsync<AcsTransportException>(() => Ecs(server, settings).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None));
        Assert.Equal(2, ex.Attempts);
        Assert.True(ex.MayHaveBeenApplied);
        Assert.Contains("connection failed", ex.Message);
    }

    [Fact]
    public async Task AlwaysTruncatedResponsesEndInATransportError()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.TruncatedBody());
        var settings = TestEnvironment.FastSettings();
        settings.MaxAttempts = 2;
        var ex = await Assert.ThrowsAsync<AcsTransportException>(() => Ecs(server, settings).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None));
        Assert.Equal(2, ex.Attempts);
    }

    [Fact]
    public async Task CancellationDuringASlowResponseTakesEffectWithinASecond()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.NoAnswer());
        var settings = TestEnvironment.FastSettings();
        settings.ReadTimeout = TimeSpan.FromMinutes(5);
        var client = Ecs(server, settings);
        var sinceCancel = await MeasureCancellation(client, TimeSpan.FromMilliseconds(200));
        Assert.True(sinceCancel < TimeSpan.FromSeconds(1), $"took {sinceCancel} after cancellation");
    }

    [Fact]
    public async Task CancellationDuringBackoffTakesEffectWithinASecond()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(503, Error("ServiceUnavailable")));
        var settings = TestEnvironment.FastSettings();
        settings.BaseBackoff = TimeSpan.FromMinutes(1);
        settings.MaxBackoff = TimeSpan.FromMinutes(1);
        var client = Ecs(server, settings, clock: SystemClock.Instance);
        var sinceCancel = await MeasureCancellation(client, TimeSpan.FromMilliseconds(300));
        Assert.True(sinceCancel < TimeSpan.FromSeconds(1), $"took {sinceCancel} after cancellation");
        Assert.Equal(1, server.RequestCount);
    }

    /// <summary>Time from the moment the token is cancelled until the call gives up.</summary>
    private static async Task<TimeSpan> MeasureCancellation(IRpcClient client, TimeSpan cancelAfter)
    {
        using var cts = new CancellationTokenSource();
        var watch = new Stopwatch();
        cts.Token.Register(watch.Start);
        cts.CancelAfter(cancelAfter);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CallAsync(new RpcRequest("X"), cts.Token));
        Assert.True(watch.IsRunning, "the call ended before it was cancelled");
        return watch.Elapsed;
    }

    [Fact]
    public async Task AnAlreadyCancelledTokenSendsNothing()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(200, "{}"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Ecs(server).CallAsync(new RpcRequest("X"), new CancellationToken(true)));
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task CallsShareOneRateLimiterPerFactoryAcrossSessions()
    {
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(200, "{\"RequestId\":\"ok\"}"));
        var settings = TestEnvironment.FastSettings();
        settings.RateLimits["Ecs.DescribeInstances"] = new RateLimit(2, 1);
        settings.Pacing.Margin = TimeSpan.Zero;
        var factory = new ClientFactory(_env.Build(), settings);
        var options = new ConnectionOptions { AccessKeyId = KeyId, AccessKeySecret = Secret, RegionId = "cn-hangzhou", Endpoint = server.BaseUri.ToString() };
        var first = factory.Connect(options).Ecs();
        var second = factory.Connect(options).Ecs();

        await first.CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
        await second.CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
        await first.CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
        await first.CallAsync(new RpcRequest("DescribeRegions"), CancellationToken.None);

        Assert.Equal(new[] { TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.5) }, _env.Clock.Delays);
        Assert.Equal(4, server.RequestCount);
    }

    [Fact]
    public async Task AThrottledAnswerSlowsThePaceOfThatAction()
    {
        var answers = 0;
        await using var server = LoopbackServer.Start((_, _) => Interlocked.Increment(ref answers) == 1
            ? LoopbackReply.Json(400, Error("Throttling.User"))
            : LoopbackReply.Json(200, "{\"RequestId\":\"ok\"}"));
        var settings = TestEnvironment.FastSettings();
        settings.RateLimits["Ecs.DescribeInstances"] = new RateLimit(10);
        settings.Pacing.Margin = TimeSpan.Zero;
        var clock = new ManualClock();
        var client = Ecs(server, settings, clock: clock);
        var start = clock.UtcNow;

        var finished = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            await client.CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None);
            finished.Add((clock.UtcNow - start).TotalSeconds);
        }

        // Throttled at 0 s, retried after the backoff (0.25 s); the pace is now 9 calls per second (a first throttled
        // answer trims it), so the tenth start (the ninth call) waits for the window to pass instead of going at 10 per second.
        Assert.Equal(new[] { 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 1.0 }, finished.Select(f => Math.Round(f, 6)).ToArray());
        Assert.Equal(10, server.RequestCount);
    }
}
