using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EcsEmulator.Http;
using EcsEmulator.State;

namespace EcsEmulator.Auth;

/// <summary>
/// Server-side ACS3-HMAC-SHA256 verification (reference §1.8). Written independently of the module's signer:
/// it rebuilds the canonical request from what arrived on the wire.
/// </summary>
internal sealed class SignatureVerifier(NonceRegistry nonces)
{
    public const string AccessKeyId = "LTAI5tEmulatorAccess01";
    public const string AccessKeySecret = "EmulatorSecretDoNotUseInProd01";
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    private static readonly string[] RequiredSignedHeaders =
        ["host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version"];

    /// <param name="sessions">Live STS sessions (read under the state lock by the caller).</param>
    public CallerIdentity Verify(HttpRequest request, byte[] body, Func<string, StsSession?> sessions, DateTimeOffset resourceNow)
    {
        var auth = AuthorizationHeader.TryParse(request.Headers.Authorization.ToString())
            ?? throw new ApiException(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards. The Authorization header is missing or malformed.");

        var signed = auth.SignedHeaders.Select(h => h.ToLowerInvariant()).ToList();
        var isSts = auth.AccessKeyId.StartsWith("STS.", StringComparison.Ordinal);
        foreach (var required in isSts ? [.. RequiredSignedHeaders, "x-acs-security-token"] : RequiredSignedHeaders)
        {
            if (!signed.Contains(required) || string.IsNullOrEmpty(HeaderValue(request, required)))
                throw new ApiException(400, "IncompleteSignature", $"The request signature does not conform to Aliyun standards. Header \"{required}\" must be present and signed.");
        }
        foreach (var name in signed)
        {
            if (!request.Headers.ContainsKey(name))
                throw new ApiException(400, "IncompleteSignature", $"The request signature does not conform to Aliyun standards. Signed header \"{name}\" is absent.");
        }

        var session = isSts ? sessions(auth.AccessKeyId) : null;
        var secret = isSts ? session?.AccessKeySecret : auth.AccessKeyId == AccessKeyId ? AccessKeySecret : null;
        if (secret is null)
            throw new ApiException(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");

        CheckTimestamp(HeaderValue(request, "x-acs-date")!);

        var bodyHash = CanonicalRequest.Sha256Hex(body);
        var claimedHash = HeaderValue(request, "x-acs-content-sha256")!.Trim();
        if (!string.Equals(bodyHash, claimedHash, StringComparison.Ordinal))
            throw new ApiException(400, "SignatureDoesNotMatch", "The request body does not match x-acs-content-sha256.");

        var headers = signed.Select(n => new KeyValuePair<string, string>(n, HeaderValue(request, n) ?? "")).ToList();
        var path = (request.PathBase + request.Path).Value;
        var canonical = CanonicalRequest.Build(request.Method, string.IsNullOrEmpty(path) ? "/" : path,
            QueryStringPairs.Parse(request.QueryString.Value), headers, claimedHash);
        var expected = CanonicalRequest.Sign(secret, CanonicalRequest.StringToSign(canonical));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(auth.Signature.ToLowerInvariant())))
            throw new ApiException(400, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.");

        if (session is not null)
        {
            var token = HeaderValue(request, "x-acs-security-token")!;
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(session.SecurityToken)))
                throw new ApiException(400, "InvalidSecurityToken.MismatchWithAccessKey", "The Security Token does not match the AccessKeyId.");
            if (resourceNow >= session.Expiration)
                throw new ApiException(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");
        }

        if (!nonces.TryUse(HeaderValue(request, "x-acs-signature-nonce")!, DateTimeOffset.UtcNow))
            throw new ApiException(400, "SignatureNonceUsed", "Specified signature nonce was used already.");

        return session is null
            ? new CallerIdentity(auth.AccessKeyId, null, null, null)
            : new CallerIdentity(auth.AccessKeyId, session.RoleName, session.RoleId, session.SessionName);
    }

    private static void CheckTimestamp(string value)
    {
        if (!DateTimeOffset.TryParseExact(value, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
            throw new ApiException(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        if ((DateTimeOffset.UtcNow - date).Duration() > AllowedSkew)
            throw new ApiException(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
    }

    private static string? HeaderValue(HttpRequest request, string name)
    {
        if (name == "host") return request.Host.HasValue ? request.Host.Value : null;
        return request.Headers.TryGetValue(name, out var v) ? string.Join(",", v.ToArray()) : null;
    }
}
