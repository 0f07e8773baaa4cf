using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Client;

/// <summary>
/// Answers lost after the request reached the service: reads and token-protected changes are sent again
/// (each time signed anew), other changes stop at once and say so, so that the operation can read back.
/// </summary>
public sealed class LostAnswerTests : IDisposable
{
    private const string KeyId = "LTAI5tClientTest01";
    private const string Secret = "ClientTestSecret-must-not-leak";
    private readonly TestEnvironment _env = new();

    public void Dispose() => _env.Dispose();

    private IRpcClient Ecs(Uri endpoint) =>
        new ClientFactory(_env.Build(), TestEnvironment.FastSettings())
            .Connect(new ConnectionOptions { AccessKeyId = KeyId, AccessKeySecret = Secret, RegionId = "cn-hangzhou", Endpoint = endpoint.ToString() })
            .Ecs();

    /// <summary>
    /// Like the gateway: closes the connection without an answer the first <paramref name="closes"/> times (the
    /// request counts as applied), refuses a nonce it has seen, answers the rest.
    /// </summary>
    private static LoopbackServer GatewayThatCloses(int closes)
    {
        var seen = new HashSet<string>();
        var closed = 0;
        return LoopbackServer.Start((request, _) =>
        {
            lock (seen)
            {
                if (!seen.Add(request.Header("x-acs-signature-nonce")!))
                    return LoopbackReply.Json(400, "{\"RequestId\":\"r-nonce\",\"Code\":\"SignatureNonceUsed\",\"Message\":\"Specified signature nonce was used already.\"}");
                if (closed++ < closes) return LoopbackReply.DropConnection();
            }
            return LoopbackReply.Json(200, "{\"RequestId\":\"ok\",\"InvokeId\":\"t-1\"}");
        });
    }

    [Fact]
    public async Task ANonceReplayAfterAClosedConnectionIsRetriedWithAFreshNonceForATokenProtectedChange()
    {
        await using var server = GatewayThatCloses(1);

        var response = await Ecs(server.BaseUri).CallAsync(new RpcRequest("RunCommand").Add("ClientToken", "tok-1"), CancellationToken.None);

        Assert.Equal("ok", response.RequestId);
        Assert.Equal(2, response.Attempts);
        var requests = server.Requests.ToList();
        // Ours, the HTTP stack's identical copy of it (refused), ours again with a new nonce.
        Assert.Equal(3, requests.Count);
        Assert.Equal(2, requests.Select(r => r.Header("x-acs-signature-nonce")).Distinct().Count());
        Assert.All(requests, r => Assert.Equal("ClientToken=tok-1", r.RawQuery));
    }

    [Fact]
    public async Task AChangeWithoutATokenIsNotSentAgainAndSaysItMayHaveBeenMade()
    {
        await using var server = GatewayThatCloses(1);

        var ex = await Assert.ThrowsAsync<AcsTransportException>(() =>
            Ecs(server.BaseUri).CallAsync(new RpcRequest("DeleteSnapshotGroup").Add("SnapshotGroupId", "ssg-1"), CancellationToken.None));

        Assert.True(ex.MayHaveBeenApplied);
        Assert.Equal(1, ex.Attempts);
        Assert.Equal(2, ex.RequestsSent);
        Assert.Equal(2, server.RequestCount);
        Assert.Contains("not sent again", ex.Message);
        Assert.Contains("may or may not have been made", ex.Message);
        Assert.Contains("1 attempt, 2 requests sent, 1 answered", ex.Message);
        Assert.Empty(_env.Clock.Delays);
    }

    [Fact]
    public async Task AReadIsSentAgainAfterEveryLostAnswerUntilTheAttemptsRunOut()
    {
        await using var server = GatewayThatCloses(100);

        var ex = await Assert.ThrowsAsync<AcsTransportException>(() =>
            Ecs(server.BaseUri).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None));

        Assert.Equal(5, ex.Attempts);
        Assert.Equal(10, ex.RequestsSent);
        Assert.Equal(10, server.RequestCount);
        Assert.Contains("5 attempts, 10 requests sent, 5 answered", ex.Message);
    }

    [Fact]
    public async Task AnErrorAfterALostAnswerSaysSo()
    {
        var n = 0;
        await using var server = LoopbackServer.Start((request, _) => Interlocked.Increment(ref n) == 1
            ? LoopbackReply.TruncatedBody()
            : LoopbackReply.Json(403, "{\"RequestId\":\"r\",\"Code\":\"IdempotentParameterMismatch\",\"Message\":\"m\"}"));

        var ex = await Assert.ThrowsAsync<AcsApiException>(() =>
            Ecs(server.BaseUri).CallAsync(new RpcRequest("RunCommand").Add("ClientToken", "t"), CancellationToken.None));

        Assert.True(ex.AfterLostAnswer);
        Assert.Equal(2, ex.RequestsSent);
    }

    [Fact]
    public async Task TlsToAPlainHttpPortIsNotRetried()
    {
        // A plain HTTP server answers the TLS hello with an HTTP error, as any web server does.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = 0;
        var serving = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref accepted);
                    await client.GetStream().WriteAsync("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
                }
            }
            catch (System.Net.Sockets.SocketException) { }
            catch (ObjectDisposedException) { }
        });

        var ex = await Assert.ThrowsAsync<AcsTransportException>(() =>
            Ecs(new Uri("https://127.0.0.1:" + port + "/")).CallAsync(new RpcRequest("DescribeInstances"), CancellationToken.None));
        listener.Stop();
        await serving;

        Assert.Equal(1, ex.Attempts);
        Assert.Equal(1, accepted);
        Assert.False(ex.MayHaveBeenApplied);
        Assert.Contains("does the endpoint speak HTTPS", ex.Message);
        Assert.Contains("not retried", ex.Message);
        Assert.Empty(_env.Clock.Delays);
    }

    [Fact]
    public async Task AConnectTimeoutIsATransportFailureNotACancellation()
    {
        // The loopback server waits for a blank line that a TLS hello never sends: the handshake outlasts ConnectTimeout.
        await using var server = LoopbackServer.Start((_, _) => LoopbackReply.Json(200, "{}"));
        var settings = TestEnvironment.FastSettings();
        settings.ConnectTimeout = TimeSpan.FromMilliseconds(200);
        settings.MaxAttempts = 2;
        var client = new ClientFactory(_env.Build(), settings)
            .Connect(new ConnectionOptions { AccessKeyId = KeyId, AccessKeySecret = Secret, RegionId = "cn-hangzhou", Endpoint = "https://127.0.0.1:" + server.Port })
            .Ecs();

        var ex = await Assert.ThrowsAsync<AcsTransportException>(() => client.CallAsync(new RpcRequest("DeleteSnapshotGroup"), CancellationToken.None));

        Assert.Equal(2, ex.Attempts);
        Assert.False(ex.MayHaveBeenApplied);
        Assert.Contains("could not connect within 0.2 s", ex.Message);
    }
}
