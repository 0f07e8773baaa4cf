using System.Security.Cryptography;
using System.Text;

namespace EcsEmulator.Auth;

/// <summary>Builds the ACS3-HMAC-SHA256 canonical request and string to sign (reference §1.3-§1.4).</summary>
internal static class CanonicalRequest
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    public static string Build(
        string method,
        string path,
        IEnumerable<KeyValuePair<string, string>> decodedQuery,
        IReadOnlyList<KeyValuePair<string, string>> signedHeaders,
        string hashedPayload)
    {
        var query = string.Join("&", decodedQuery
            .Select(p => (Name: PercentEncoding.Encode(p.Key), Value: PercentEncoding.Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value));
        var sorted = signedHeaders.OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        var headers = string.Concat(sorted.Select(h => h.Key + ":" + h.Value.Trim() + "\n"));
        var names = string.Join(";", sorted.Select(h => h.Key));
        return string.Join("\n", method.ToUpperInvariant(), path, query, headers, names, hashedPayload);
    }

    public static string StringToSign(string canonicalRequest) =>
        Algorithm + "\n" + Sha256Hex(Encoding.UTF8.GetBytes(canonicalRequest));

    public static string Sign(string secret, string stringToSign) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign)));

    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
