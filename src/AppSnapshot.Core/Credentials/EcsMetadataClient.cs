using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Common;
using AppSnapshot.Json;

namespace AppSnapshot.Credentials
{
    /// <summary>
    /// ECS instance metadata (reference §3.5), hardened mode first: PUT a session token, then GET with
    /// it. If the token request gets an HTTP answer other than 200, token-less access is tried unless
    /// ALIBABA_CLOUD_IMDSV1_DISABLED=true.
    /// </summary>
    internal sealed class EcsMetadataClient
    {
        private const string TokenTtlSeconds = "21600";
        private readonly HttpClient _http;
        private readonly Uri _base;
        private readonly TimeSpan _timeout;
        private readonly bool _tokenRequired;

        public EcsMetadataClient(HttpClient http, Uri baseUri, TimeSpan timeout, bool tokenRequired)
        {
            _http = http;
            _base = baseUri;
            _timeout = timeout;
            _tokenRequired = tokenRequired;
        }

        /// <summary>The RAM role attached to this instance.</summary>
        public async Task<string> GetRoleNameAsync(CancellationToken cancellationToken)
        {
            var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
            var text = await GetAsync("latest/meta-data/ram/security-credentials/", token, "the RAM role name", cancellationToken).ConfigureAwait(false);
            var name = text.Trim();
            var newline = name.IndexOf('\n');
            if (newline >= 0) name = name.Substring(0, newline).Trim();
            if (name.Length == 0) throw new MetadataException("no RAM role attached to this instance (empty role list)");
            return name;
        }

        public async Task<AcsCredential> GetCredentialAsync(string roleName, CancellationToken cancellationToken)
        {
            var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
            var text = await GetAsync("latest/meta-data/ram/security-credentials/" + Uri.EscapeDataString(roleName), token,
                "credentials of RAM role '" + roleName + "'", cancellationToken).ConfigureAwait(false);
            JsonObject? json;
            try
            {
                json = JsonNode.Parse(text) as JsonObject;
            }
            catch (FormatException ex)
            {
                throw new MetadataException("credentials of RAM role '" + roleName + "': " + ex.Message);
            }
            if (json is null) throw new MetadataException("credentials of RAM role '" + roleName + "': not a JSON object");
            var code = json.GetString("Code");
            if (!string.Equals(code, "Success", StringComparison.Ordinal))
                throw new MetadataException("credentials of RAM role '" + roleName + "': Code is '" + (code ?? "(missing)") + "', not Success");
            return StsCredentialReader.Read(json, "metadata service, RAM role '" + roleName + "'");
        }

        private async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
        {
            using (var request = new HttpRequestMessage(HttpMethod.Put, new Uri(_base, "latest/api/token")))
            {
                request.Headers.TryAddWithoutValidation("X-aliyun-ecs-metadata-token-ttl-seconds", TokenTtlSeconds);
                var (status, body) = await SendAsync(request, "a metadata token", cancellationToken).ConfigureAwait(false);
                if (status == HttpStatusCode.OK && body.Trim().Length > 0) return body.Trim();
                if (_tokenRequired)
                    throw new MetadataException("metadata token request answered HTTP " + ((int)status).ToString(CultureInfo.InvariantCulture) +
                        " and ALIBABA_CLOUD_IMDSV1_DISABLED=true forbids token-less access");
                return null;
            }
        }

        private async Task<string> GetAsync(string path, string? token, string what, CancellationToken cancellationToken)
        {
            using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, path)))
            {
                if (token != null) request.Headers.TryAddWithoutValidation("X-aliyun-ecs-metadata-token", token);
                var (status, body) = await SendAsync(request, what, cancellationToken).ConfigureAwait(false);
                if (status == HttpStatusCode.NotFound) throw new MetadataException("no RAM role attached to this instance (HTTP 404 for " + what + ")");
                if (status != HttpStatusCode.OK) throw new MetadataException(what + ": HTTP " + ((int)status).ToString(CultureInfo.InvariantCulture));
                return body;
            }
        }

        private async Task<(HttpStatusCode, string)> SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken)
        {
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                deadline.CancelAfter(_timeout);
                try
                {
                    using (var response = await _http.SendAsync(request, deadline.Token).ConfigureAwait(false))
                    {
                        return (response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
                    }
                }
                catch (Exception) when (cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
                catch (Exception) when (deadline.IsCancellationRequested)
                {
                    throw new MetadataException("not reachable (no answer within " + _timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s)");
                }
                catch (HttpRequestException ex)
                {
                    var inner = ex.InnerException?.Message ?? ex.Message;
                    throw new MetadataException("not reachable (" + inner + ")");
                }
            }
        }
    }

    /// <summary>The metadata service could not provide credentials; the message is a short reason.</summary>
    internal sealed class MetadataException : Exception
    {
        public MetadataException(string message) : base(message) { }
    }
}
