using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace AppSnapshot.Client
{
    /// <summary>The parts of one request that ACS3-HMAC-SHA256 covers.</summary>
    internal sealed class SignatureInput
    {
        public string Method { get; set; } = "POST";
        public string Path { get; set; } = "/";
        public IList<KeyValuePair<string, string>> Query { get; set; } = new List<KeyValuePair<string, string>>();
        /// <summary>Headers to sign (host, x-acs-*, content-type); names in any case.</summary>
        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
        public string HashedPayload { get; set; } = V3Signer.EmptyPayloadHash;
    }

    /// <summary>The intermediate and final values of a V3 signature (internal: tests compare them with the published example).</summary>
    internal sealed class SignatureResult
    {
        public SignatureResult(string canonicalQuery, string canonicalRequest, string stringToSign, string signedHeaders, string signature, string authorization)
        {
            CanonicalQuery = canonicalQuery;
            CanonicalRequest = canonicalRequest;
            StringToSign = stringToSign;
            SignedHeaders = signedHeaders;
            Signature = signature;
            Authorization = authorization;
        }

        public string CanonicalQuery { get; }
        public string CanonicalRequest { get; }
        public string StringToSign { get; }
        public string SignedHeaders { get; }
        public string Signature { get; }
        public string Authorization { get; }

        public override string ToString() => "SignatureResult(SignedHeaders=" + SignedHeaders + ")";
    }

    /// <summary>Signature V3 (ACS3-HMAC-SHA256), reference §1.</summary>
    internal static class V3Signer
    {
        public const string Algorithm = "ACS3-HMAC-SHA256";
        public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        public static SignatureResult Sign(SignatureInput input, string accessKeyId, string accessKeySecret)
        {
            var canonicalQuery = CanonicalQuery(input.Query);
            var headers = input.Headers
                .Select(h => new KeyValuePair<string, string>(h.Key.ToLowerInvariant(), h.Value.Trim()))
                .OrderBy(h => h.Key, StringComparer.Ordinal)
                .ToList();
            var canonicalHeaders = new StringBuilder();
            foreach (var h in headers) canonicalHeaders.Append(h.Key).Append(':').Append(h.Value).Append('\n');
            var signedHeaders = string.Join(";", headers.Select(h => h.Key));

            var canonicalRequest = string.Join("\n",
                input.Method.ToUpperInvariant(), input.Path, canonicalQuery, canonicalHeaders.ToString(), signedHeaders, input.HashedPayload);
            var stringToSign = Algorithm + "\n" + Sha256Hex(Encoding.UTF8.GetBytes(canonicalRequest));
            string signature;
            using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(accessKeySecret)))
            {
                signature = ToHex(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
            }
            var authorization = Algorithm + " Credential=" + accessKeyId + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature;
            return new SignatureResult(canonicalQuery, canonicalRequest, stringToSign, signedHeaders, signature, authorization);
        }

        /// <summary>Sorted ordinally by name, names and values encoded; also the exact query sent on the wire.</summary>
        public static string CanonicalQuery(IEnumerable<KeyValuePair<string, string>> query) =>
            string.Join("&", query
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => PercentEncoder.Encode(p.Key) + "=" + PercentEncoder.Encode(p.Value ?? string.Empty)));

        public static string Sha256Hex(byte[] data)
        {
            using (var sha = SHA256.Create()) return ToHex(sha.ComputeHash(data));
        }

        private static string ToHex(byte[] bytes)
        {
            var sb = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes) sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return sb.ToString();
        }
    }
}
