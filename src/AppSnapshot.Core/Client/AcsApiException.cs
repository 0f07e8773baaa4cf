using System;
using System.Globalization;

namespace AppSnapshot.Client
{
    /// <summary>An error answer from the API (error body or unusable success body). Never carries a secret.</summary>
    public sealed class AcsApiException : Exception
    {
        public AcsApiException(string code, string? apiMessage, string? requestId, int httpStatus, string action, string product, string? recommend = null, string? hostId = null)
            : base(Describe(code, apiMessage, requestId, httpStatus, action, product))
        {
            Code = code;
            ApiMessage = apiMessage;
            RequestId = requestId;
            HttpStatus = httpStatus;
            Action = action;
            Product = product;
            Recommend = recommend;
            HostId = hostId;
            IsThrottling = RetryClassifier.IsThrottling(code, httpStatus);
            IsRetryable = RetryClassifier.IsRetryable(code, httpStatus);
        }

        public string Code { get; }
        public string? ApiMessage { get; }
        public string? RequestId { get; }
        public int HttpStatus { get; }
        public string Action { get; }
        public string Product { get; }
        public string? Recommend { get; }
        public string? HostId { get; }
        public bool IsThrottling { get; }
        public bool IsRetryable { get; }
        /// <summary>Requests the client sent for this call, the HTTP stack's own resends included (1 when the first answer was this error).</summary>
        public int RequestsSent { get; internal set; } = 1;
        /// <summary>
        /// An earlier request of the same call reached the service and its answer was lost, so the error may
        /// describe a repeat of a change that was already made (e.g. "already exists").
        /// </summary>
        public bool AfterLostAnswer { get; internal set; }

        private static string Describe(string code, string? message, string? requestId, int status, string action, string product) =>
            product + " " + action + " failed: " + code + " (HTTP " + status.ToString(CultureInfo.InvariantCulture) + ")" +
            (string.IsNullOrEmpty(message) ? "" : ": " + message) +
            (string.IsNullOrEmpty(requestId) ? "" : " [RequestId " + requestId + "]");
    }
}
