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

        private static string Describe(string code, string? message, string? requestId, int status, string action, string product) =>
            product + " " + action + " failed: " + code + " (HTTP " + status.ToString(CultureInfo.InvariantCulture) + ")" +
            (string.IsNullOrEmpty(message) ? "" : ": " + message) +
            (string.IsNullOrEmpty(requestId) ? "" : " [RequestId " + requestId + "]");
    }
}
