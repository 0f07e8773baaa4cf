using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EcsEmulator.Tests.Support;

/// <summary>A V3 request under construction; tests can tamper with any part after signing.</summary>
public sealed class SignedRequest
{
    public string Method { get; set; } = "POST";
    public string Version { get; set; } = "2014-05-26";
    public required string Action { get; set; }
    public List<KeyValuePair<string, string>> Query { get; } = [];
    public string? FormBody { get; set; }
    public Credentials Credentials { get; set; } = Credentials.Default;
    public DateTimeOffset Date { get; set; } = DateTimeOffset.UtcNow;
    public string Nonce { get; set; } = Guid.NewGuid().ToString("N");

    public HttpRequestMessage Build(Uri baseUri, Action<SortedDictionary<string, string>>? adjustSignedHeaders = null)
    {
        var body = FormBody is null ? [] : Encoding.UTF8.GetBytes(FormBody);
        var bodyHash = TestSigner.Hex(SHA256.HashData(body));
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = baseUri.Authority,
            ["x-acs-action"] = Action,
            ["x-acs-version"] = Version,
            ["x-acs-date"] = Date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["x-acs-signature-nonce"] = Nonce,
            ["x-acs-content-sha256"] = bodyHash,
        };
        if (FormBody is not null) headers["content-type"] = "application/x-www-form-urlencoded";
        if (Credentials.SecurityToken is not null) headers["x-acs-security-token"] = Credentials.SecurityToken;
        adjustSignedHeaders?.Invoke(headers);
        var query = TestSigner.CanonicalQuery(Query);
        var (_, signature) = TestSigner.Sign(Credentials.AccessKeySecret, Method, query, headers, headers.GetValueOrDefault("x-acs-content-sha256", bodyHash));

        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseUri, query.Length == 0 ? "/" : "/?" + query));
        foreach (var (k, v) in headers)
        {
            if (k is "host" or "content-type") continue;
            message.Headers.TryAddWithoutValidation(k, v);
        }
        if (FormBody is not null)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        }
        message.Headers.TryAddWithoutValidation("Authorization",
            $"ACS3-HMAC-SHA256 Credential={Credentials.AccessKeyId},SignedHeaders={string.Join(";", headers.Keys)},Signature={signature}");
        return message;
    }
}
