using AppSnapshot.Tests.Fakes;
using System.Collections.Concurrent;
using System.Globalization;
using AppSnapshot.Tests.Support;

namespace AppSnapshot.Tests.Support;

/// <summary>
/// A loopback stand-in for STS, ECS and the instance metadata service that verifies every V3
/// signature against the secret it issued, so a test fails if the client signs with the wrong key.
/// </summary>
public sealed class FakeCloud : IAsyncDisposable
{
    public const string LongTermId = "LTAI5tLongTerm0042";
    public const string LongTermSecret = "LongTermSecret-never-print-me";
    public const string MetadataToken = "metadata-session-token-xyz";

    private readonly ConcurrentDictionary<string, (string Secret, string? Token, DateTimeOffset Expires)> _keys = new();
    private readonly ManualClock _clock;
    private int _issued;

    public FakeCloud(ManualClock clock, TimeSpan? assumeRoleDelay = null)
    {
        _clock = clock;
        _keys[LongTermId] = (LongTermSecret, null, DateTimeOffset.MaxValue);
        AssumeRoleDelay = assumeRoleDelay ?? TimeSpan.Zero;
        Server = LoopbackServer.Start(HandleAsync);
    }

    public LoopbackServer Server { get; }
    public TimeSpan AssumeRoleDelay { get; }
    public TimeSpan CredentialLifetime { get; set; } = TimeSpan.FromHours(1);
    public int AssumeRoleCalls;
    public int EcsCalls;
    public bool RequireMetadataToken { get; set; } = true;
    public bool MetadataTokenEndpointBroken { get; set; }
    public string? MetadataRole { get; set; } = "EcsSnapshotRole";
    /// <summary>Answer the next N ECS calls with InvalidSecurityToken.Expired.</summary>
    public int RejectNextAsExpired;
    public List<string> IssuedSecrets { get; } = new();
    public List<string> IssuedTokens { get; } = new();

    private (string Id, string Secret, string Token, string Expiration) Issue()
    {
        var n = Interlocked.Increment(ref _issued);
        var id = "STS.Issued" + n.ToString("0000", CultureInfo.InvariantCulture);
        var secret = "IssuedSecret-" + Guid.NewGuid().ToString("N");
        var token = "IssuedToken-" + Guid.NewGuid().ToString("N");
        var expires = _clock.UtcNow + CredentialLifetime;
        _keys[id] = (secret, token, expires);
        lock (IssuedSecrets)
        {
            IssuedSecrets.Add(secret);
            IssuedTokens.Add(token);
        }
        return (id, secret, token, expires.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
    }

    private async Task<LoopbackReply> HandleAsync(LoopbackRequest request, int n)
    {
        if (request.Path.StartsWith("/latest/")) return Metadata(request);
        var auth = request.Header("Authorization") ?? "";
        var credential = auth.Split("Credential=").ElementAtOrDefault(1)?.Split(',')[0] ?? "";
        if (!_keys.TryGetValue(credential, out var key))
            return LoopbackReply.Json(404, """{"Code":"InvalidAccessKeyId.NotFound","Message":"Specified access key is not found.","RequestId":"r-ak"}""");
        if (!SignatureCheck.IsValid(request, key.Secret))
            return LoopbackReply.Json(400, """{"Code":"SignatureDoesNotMatch","Message":"bad signature","RequestId":"r-sig"}""");
        if (key.Token != null && request.Header("x-acs-security-token") != key.Token)
            return LoopbackReply.Json(400, """{"Code":"InvalidSecurityToken.Mismatch","Message":"token","RequestId":"r-tok"}""");
        if (key.Expires <= _clock.UtcNow)
            return LoopbackReply.Json(400, """{"Code":"InvalidSecurityToken.Expired","Message":"expired","RequestId":"r-exp"}""");

        switch (request.Header("x-acs-action"))
        {
            case "AssumeRole":
                Interlocked.Increment(ref AssumeRoleCalls);
                if (AssumeRoleDelay > TimeSpan.Zero) await Task.Delay(AssumeRoleDelay);
                var q = SignatureCheck.DecodeQuery(request.RawQuery).ToDictionary(p => p.Key, p => p.Value);
                if (!q.ContainsKey("RoleArn") || !q.ContainsKey("RoleSessionName"))
                    return LoopbackReply.Json(400, """{"Code":"MissingParameter","RequestId":"r"}""");
                var (id, secret, token, expiration) = Issue();
                return LoopbackReply.Json(200, $$$"""{"RequestId":"r-assume","AssumedRoleUser":{"Arn":"{{{q["RoleArn"]}}}/{{{q["RoleSessionName"]}}}"},"Credentials":{"AccessKeyId":"{{{id}}}","AccessKeySecret":"{{{secret}}}","SecurityToken":"{{{token}}}","Expiration":"{{{expiration}}}"}}""");
            default:
                Interlocked.Increment(ref EcsCalls);
                if (Interlocked.Decrement(ref RejectNextAsExpired) >= 0)
                    return LoopbackReply.Json(400, """{"Code":"InvalidSecurityToken.Expired","Message":"expired","RequestId":"r-exp"}""");
                return LoopbackReply.Json(200, $$$"""{"RequestId":"r-{{{n}}}","Caller":"{{{credential}}}"}""");
        }
    }

    private LoopbackReply Metadata(LoopbackRequest request)
    {
        if (request.Method == "PUT" && request.Path == "/latest/api/token")
        {
            if (MetadataTokenEndpointBroken) return LoopbackReply.Text(403, "forbidden");
            return request.Header("X-aliyun-ecs-metadata-token-ttl-seconds") == "21600"
                ? LoopbackReply.Text(200, MetadataToken)
                : LoopbackReply.Text(400, "missing ttl");
        }
        if (RequireMetadataToken && request.Header("X-aliyun-ecs-metadata-token") != MetadataToken) return LoopbackReply.Text(401, "token required");
        if (request.Method != "GET") return LoopbackReply.Text(405, "");
        const string prefix = "/latest/meta-data/ram/security-credentials/";
        if (!request.Path.StartsWith(prefix) || MetadataRole is null) return LoopbackReply.Text(404, "not found");
        var role = request.Path[prefix.Length..];
        if (role.Length == 0) return LoopbackReply.Text(200, MetadataRole + "\n");
        if (role != MetadataRole) return LoopbackReply.Text(404, "not found");
        var (id, secret, token, expiration) = Issue();
        return LoopbackReply.Json(200, $$$"""{"Code":"Success","AccessKeyId":"{{{id}}}","AccessKeySecret":"{{{secret}}}","SecurityToken":"{{{token}}}","Expiration":"{{{expiration}}}","LastUpdated":"x"}""");
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
