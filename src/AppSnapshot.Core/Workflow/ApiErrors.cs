using System;
using AppSnapshot.Client;
using AppSnapshot.Output;

namespace AppSnapshot.Workflow
{
    /// <summary>Turns a failed call into a per-target error with a kind and a next step.</summary>
    internal static class ApiErrors
    {
        public static bool IsApiFailure(Exception ex) => ex is AcsApiException || ex is AcsTransportException;

        public static OperationError ToError(Exception ex, object target, string doing, string errorId = WorkflowErrorIds.ApiCallFailed)
        {
            switch (ex)
            {
                case AcsApiException api:
                    return new OperationError(errorId, KindOf(api), doing + " failed: " + api.Message, target, RemedyFor(api), api);
                case AcsTransportException transport:
                    return new OperationError(errorId, ErrorKind.ConnectionError, doing + " failed: " + transport.Message, target,
                        "Check the network path to " + transport.Product + " and run the command again.", transport);
                default:
                    return new OperationError(errorId, ErrorKind.NotSpecified, doing + " failed: " + ex.Message, target, null, ex);
            }
        }

        private static ErrorKind KindOf(AcsApiException ex)
        {
            var code = ex.Code;
            if (ex.IsThrottling) return ErrorKind.LimitsExceeded;
            if (code.StartsWith("Forbidden", StringComparison.Ordinal) || code == "NoPermission" || code.StartsWith("InvalidUser.PassRole", StringComparison.Ordinal)) return ErrorKind.PermissionDenied;
            if (code.IndexOf("NotFound", StringComparison.Ordinal) >= 0 || code.StartsWith("EntityNotExist", StringComparison.Ordinal)) return ErrorKind.ObjectNotFound;
            if (code.StartsWith("Incorrect", StringComparison.Ordinal) || code.IndexOf("Status", StringComparison.Ordinal) >= 0) return ErrorKind.InvalidOperation;
            if (code.StartsWith("QuotaExceed", StringComparison.Ordinal) || code.IndexOf("ExceedQuota", StringComparison.Ordinal) >= 0) return ErrorKind.QuotaExceeded;
            if (code.StartsWith("Invalid", StringComparison.Ordinal) || code.StartsWith("Missing", StringComparison.Ordinal)) return ErrorKind.InvalidArgument;
            if (ex.HttpStatus >= 500) return ErrorKind.ResourceUnavailable;
            return ErrorKind.NotSpecified;
        }

        private static string RemedyFor(AcsApiException ex)
        {
            if (ex.Code == "NoPermission" || ex.Code.StartsWith("Forbidden", StringComparison.Ordinal))
                return "Grant the caller the RAM permission for " + ex.Product + ":" + ex.Action + ", then run the command again.";
            if (ex.IsRetryable) return "The service stayed unavailable through the retries; run the command again later.";
            return "See the service message" + (string.IsNullOrEmpty(ex.RequestId) ? "" : " (RequestId " + ex.RequestId + ")") + " and correct the request.";
        }
    }
}
