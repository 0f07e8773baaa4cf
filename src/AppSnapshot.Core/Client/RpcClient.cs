using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Common;
using AppSnapshot.Json;
using AppSnapshot.Output;

namespace AppSnapshot.Client
{
    /// <summary>
    /// Signed (V3) RPC calls to one product endpoint paced to the server (<see cref="ServerPace"/>), per-attempt deadlines and
    /// retries. Each attempt gets a fresh date, nonce and signature; parameters (and so any
    /// ClientToken) stay identical across attempts.
    /// </summary>
    internal sealed class RpcClient : IRpcClient
    {
        private readonly ApiProduct _product;
        private readonly ICredentialProvider _credentials;
        private readonly HttpClient _http;
        private readonly RateLimiter _limiter;
        private readonly ClientSettings _settings;
        private readonly IClock _clock;
        private readonly Backoff _backoff;
        private readonly string _userAgent;

        public RpcClient(ApiProduct product, string? regionId, Uri endpoint, ICredentialProvider credentials, HttpClient http,
            RateLimiter limiter, ClientSettings settings, IClock clock)
        {
            _product = product;
            RegionId = regionId;
            Endpoint = endpoint;
            _credentials = credentials;
            _http = http;
            _limiter = limiter;
            _settings = settings;
            _clock = clock;
            _backoff = new Backoff(settings);
            _userAgent = UserAgent.Build(settings.UserAgentSuffix);
        }

        public string Product => _product.Name;
        public string? RegionId { get; }
        public Uri Endpoint { get; }

        public Task<RpcResponse> CallAsync(RpcRequest request, CancellationToken cancellationToken) => CallAsync(request, null, cancellationToken);

        /// <param name="notes">Receives retry notes on its debug stream: the caller's own sink, since clients are shared across sessions.</param>
        public async Task<RpcResponse> CallAsync(RpcRequest request, IOutputSink? notes, CancellationToken cancellationToken)
        {
            if (request is null) throw new ArgumentNullException(nameof(request));
            var policy = _settings.RetryPolicyFor(Product, request.Action);
            var maxAttempts = policy.MaxAttempts;
            var tally = new RequestTally();
            var pace = _limiter.PaceFor(Endpoint, Product, request.Action);
            var refreshedExpiredToken = false;
            for (var attempt = 1; ; attempt++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var slot = await pace.AcquireAsync(cancellationToken).ConfigureAwait(false);
                var credential = await _credentials.GetCredentialAsync(cancellationToken).ConfigureAwait(false);
                CredentialFormat.CheckForWire(credential);

                AttemptOutcome outcome;
                try
                {
                    outcome = await SendOnceAsync(request, credential, attempt, slot, cancellationToken).ConfigureAwait(false);
                }
                catch (TransportFailure failure)
                {
                    tally.Failed(failure.RequestSent);
                    if (failure.Permanent)
                        throw Transport(request, failure.Message + "; not retried, since a repeat cannot succeed", attempt, tally, failure.InnerException);
                    if (failure.RequestSent && !policy.ResendsAfterLostAnswer)
                        throw Transport(request, failure.Message + "; " + NotResent(request), attempt, tally, failure.InnerException);
                    if (attempt >= maxAttempts) throw Transport(request, failure.Message, attempt, tally, failure.InnerException);
                    await WaitBeforeRetryAsync(request, notes, attempt, maxAttempts, failure.Message, null, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                pace.Report(throttled: outcome.Error?.IsThrottling == true);
                if (outcome.Response != null) return outcome.Response;
                var error = outcome.Error!;
                if (string.Equals(error.Code, NonceReplayCode, StringComparison.Ordinal))
                {
                    // Every attempt has a fresh nonce, so the service saw this very request before: the HTTP stack resent
                    // it on its own after the connection closed without an answer. The first copy's answer is lost.
                    tally.HiddenResend();
                    const string lost = "the connection closed after the request was sent and the HTTP stack's resend was refused as " + NonceReplayCode;
                    if (!policy.ResendsAfterLostAnswer) throw Transport(request, lost + "; " + NotResent(request), attempt, tally, error);
                    if (attempt >= maxAttempts) throw Transport(request, lost, attempt, tally, error);
                    await WaitBeforeRetryAsync(request, notes, attempt, maxAttempts, lost, null, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                tally.Answered();
                if (!refreshedExpiredToken && credential.SecurityToken != null && IsExpiredTokenError(error.Code))
                {
                    // The server judged the temporary credential expired before our clock did: fetch a new one once.
                    refreshedExpiredToken = true;
                    _credentials.Invalidate();
                    notes?.WriteDebug(Product + " " + request.Action + ": temporary credential rejected (" + error.Code + "); refreshing it.");
                    attempt--;
                    continue;
                }
                if (!policy.Retries(error) || attempt >= maxAttempts)
                {
                    error.RequestsSent = tally.Sent;
                    error.AfterLostAnswer = tally.Lost > 0;
                    throw error;
                }
                await WaitBeforeRetryAsync(request, notes, attempt, maxAttempts, error.Code + ", HTTP " + error.HttpStatus.ToString(CultureInfo.InvariantCulture),
                    outcome.RetryAfter, cancellationToken).ConfigureAwait(false);
            }
        }

        private const string NonceReplayCode = "SignatureNonceUsed";

        private AcsTransportException Transport(RpcRequest request, string what, int attempts, RequestTally tally, Exception? inner) =>
            new AcsTransportException(Product + " " + request.Action + " to " + Endpoint.Host + ": " + what + " (" + tally.Describe(attempts) + ").",
                request.Action, Product, attempts, tally.Sent, tally.Lost > 0, inner);

        private static string NotResent(RpcRequest request) =>
            "not sent again, since " + request.Action + " changes something and a second request could do it twice: the change may or may not have been made";

        private async Task<AttemptOutcome> SendOnceAsync(RpcRequest request, AcsCredential credential, int attempt, PaceSlot slot, CancellationToken cancellationToken)
        {
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            using (var message = BuildSignedRequest(request, credential))
            {
                deadline.CancelAfter(_settings.AttemptTimeout);
                HttpResponseMessage response;
                byte[] bytes;
                try
                {
                    slot.Leaving(_clock.UtcNow);
                    response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                    using (deadline.Token.Register(response.Dispose))
                    {
                        bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (cancellationToken.IsCancellationRequested && !(ex is OutOfMemoryException))
                {
                    throw new OperationCanceledException("The " + Product + " " + request.Action + " call was cancelled.", ex, cancellationToken);
                }
                catch (OperationCanceledException ex) when (ex.InnerException is TimeoutException)
                {
                    // SocketsHttpHandler's ConnectTimeout (TCP and TLS): nothing was sent.
                    throw new TransportFailure("could not connect within " + Seconds(_settings.ConnectTimeout), ex, requestSent: false);
                }
                catch (Exception ex) when (deadline.IsCancellationRequested)
                {
                    throw new TransportFailure("no complete response within " + Seconds(_settings.AttemptTimeout), ex, requestSent: true);
                }
                catch (Exception ex) when (ex is HttpRequestException || ex is System.IO.IOException || ex is ObjectDisposedException)
                {
                    throw TransportFailure.Classify(ex, Describe(ex));
                }

                using (response)
                {
                    var status = (int)response.StatusCode;
                    var body = Encoding.UTF8.GetString(bytes);
                    var headerRequestId = Header(response, "x-acs-request-id");
                    if (status >= 200 && status < 300) return AttemptOutcome.Success(ParseSuccess(body, status, headerRequestId, request.Action, attempt));
                    var error = ErrorResponseParser.Parse(status, body, headerRequestId, request.Action, Product);
                    return AttemptOutcome.Failure(error, Header(response, "x-acs-retry-after"));
                }
            }
        }

        private HttpRequestMessage BuildSignedRequest(RpcRequest request, AcsCredential credential)
        {
            var headers = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["host"] = Endpoint.Authority,
                ["x-acs-action"] = request.Action,
                ["x-acs-version"] = _product.Version,
                ["x-acs-date"] = _clock.UtcNow.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["x-acs-signature-nonce"] = Guid.NewGuid().ToString("N"),
                ["x-acs-content-sha256"] = V3Signer.EmptyPayloadHash,
            };
            if (credential.SecurityToken != null)
            {
                headers["x-acs-security-token"] = credential.SecurityToken;
                headers["x-acs-accesskey-id"] = credential.AccessKeyId;
            }
            var signature = V3Signer.Sign(new SignatureInput { Method = "POST", Path = "/", Query = request.Parameters, Headers = headers },
                credential.AccessKeyId, credential.AccessKeySecret);

            var uri = new Uri(Endpoint, signature.CanonicalQuery.Length == 0 ? "/" : "/?" + signature.CanonicalQuery);
            var message = new HttpRequestMessage(HttpMethod.Post, uri);
            foreach (var h in headers)
            {
                if (h.Key == "host") continue; // HttpClient derives Host from the URI, identical to Endpoint.Authority.
                message.Headers.TryAddWithoutValidation(h.Key, h.Value);
            }
            message.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
            return message;
        }

        private RpcResponse ParseSuccess(string body, int status, string? headerRequestId, string action, int attempt)
        {
            JsonObject? json;
            try
            {
                json = JsonNode.Parse(body) as JsonObject;
            }
            catch (FormatException ex)
            {
                throw new AcsApiException("InvalidResponse.Malformed", "the success response is not valid JSON: " + ex.Message, headerRequestId, status, action, Product);
            }
            if (json is null)
                throw new AcsApiException("InvalidResponse.Malformed", "the success response is not a JSON object", headerRequestId, status, action, Product);
            return new RpcResponse(json, json.GetString("RequestId") ?? headerRequestId ?? "", status, attempt);
        }

        private async Task WaitBeforeRetryAsync(RpcRequest request, IOutputSink? notes, int attempt, int maxAttempts, string reason, string? retryAfter, CancellationToken cancellationToken)
        {
            var delay = _backoff.Next(attempt, retryAfter);
            notes?.WriteDebug(Product + " " + request.Action + ": attempt " + attempt.ToString(CultureInfo.InvariantCulture) + " of " +
                maxAttempts.ToString(CultureInfo.InvariantCulture) + " failed (" + reason + "); retrying in " + Seconds(delay) + ".");
            await _clock.Delay(delay, cancellationToken).ConfigureAwait(false);
        }

        private static bool IsExpiredTokenError(string code) =>
            code.StartsWith("InvalidSecurityToken", StringComparison.Ordinal);

        private static string? Header(HttpResponseMessage response, string name) =>
            response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;


        private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

        private static string Describe(Exception ex)
        {
            var innermost = ex;
            while (innermost.InnerException != null) innermost = innermost.InnerException;
            return innermost.Message;
        }


        private sealed class AttemptOutcome
        {
            public RpcResponse? Response { get; private set; }
            public AcsApiException? Error { get; private set; }
            public string? RetryAfter { get; private set; }
            public static AttemptOutcome Success(RpcResponse response) => new AttemptOutcome { Response = response };
            public static AttemptOutcome Failure(AcsApiException error, string? retryAfter) => new AttemptOutcome { Error = error, RetryAfter = retryAfter };
        }
    }
}
