using System;

namespace AppSnapshot.Client
{
    /// <summary>Which API errors are worth another attempt (ecs-api.md §3 retry classification).</summary>
    internal static class RetryClassifier
    {
        public static bool IsThrottling(string code, int httpStatus) =>
            httpStatus == 429 ||
            code.StartsWith("Throttling", StringComparison.Ordinal) ||
            string.Equals(code, "Rejected.Throttling", StringComparison.Ordinal);

        public static bool IsRetryable(string code, int httpStatus) =>
            IsThrottling(code, httpStatus) ||
            httpStatus >= 500 ||
            string.Equals(code, "ServiceUnavailable", StringComparison.Ordinal) ||
            string.Equals(code, "InternalError", StringComparison.Ordinal) ||
            code.StartsWith("InternalError.", StringComparison.Ordinal);
    }
}
