using System.Security.Cryptography;
using System.Text;

namespace EcsEmulator.Tests.Support;

/// <summary>
/// A deliberately separate, test-only ACS3-HMAC-SHA256 signer written from the reference (§0.1, §1.3-§1.7);
/// it shares no code with the emulator's verifier.
/// </summary>
public static class TestSigner
{
    public static string Encode(string s)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '~')
                sb.Append((char)b);
            else
                sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }

    public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query) =>
        string.Join("&", query.Select(kv => (Key: Encode(kv.Key), Value: Encode(kv.Value))).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));

    public static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    /// <summary>Returns (canonical request, signature) for the given lower-case headers.</summary>
    public static (string Canonical, string Signature) Sign(string secret, string method, string canonicalQuery, SortedDictionary<string, string> headers, string payloadHash)
    {
        var canonical = new StringBuilder();
        canonical.Append(method).Append('\n').Append("/\n").Append(canonicalQuery).Append('\n');
        foreach (var (k, v) in headers) canonical.Append(k).Append(':').Append(v.Trim()).Append('\n');
        canonical.Append('\n').Append(string.Join(";", headers.Keys)).Append('\n').Append(payloadHash);
        var stringToSign = "ACS3-HMAC-SHA256\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return (canonical.ToString(), Hex(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign))));
    }
}
