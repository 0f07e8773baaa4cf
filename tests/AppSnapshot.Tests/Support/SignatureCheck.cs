using System.Text;
using AppSnapshot.Client;

namespace AppSnapshot.Tests.Support;

/// <summary>
/// Server-side V3 verification of a request as received on the wire (reference §1.8), written
/// independently of the client's request builder: decode the raw query, rebuild the canonical request
/// from the received headers, compare Authorization.
/// </summary>
public static class SignatureCheck
{
    public static bool IsValid(LoopbackRequest request, string secret)
    {
        var auth = request.Header("Authorization");
        if (auth is null || !auth.StartsWith("ACS3-HMAC-SHA256 ")) return false;
        var parts = auth["ACS3-HMAC-SHA256 ".Length..].Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var signed = parts["SignedHeaders"].Split(';');
        var headers = signed.ToDictionary(h => h, h => request.Header(h) ?? "");
        var query = DecodeQuery(request.RawQuery);
        var input = new SignatureInput { Method = request.Method, Path = request.Path, Query = query, Headers = headers, HashedPayload = request.Header("x-acs-content-sha256") ?? "" };
        var expected = V3Signer.Sign(input, parts["Credential"], secret);
        return expected.Authorization == auth && expected.CanonicalQuery == request.RawQuery;
    }

    public static List<KeyValuePair<string, string>> DecodeQuery(string raw) =>
        raw.Length == 0 ? new() : raw.Split('&').Select(p => p.Split('=', 2)).Select(kv => new KeyValuePair<string, string>(Unescape(kv[0]), Unescape(kv.Length > 1 ? kv[1] : ""))).ToList();

    /// <summary>%XY only; '+' stays '+' (§1.8).</summary>
    public static string Unescape(string s)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%') { bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16)); i += 2; }
            else bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
