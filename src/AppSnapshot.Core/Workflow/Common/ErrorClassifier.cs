using System;
using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Output;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>
    /// Decides the ErrorId, category and recommended action of a failure that ends a command.
    /// ErrorIds are a public contract: scripts match on them (FullyQualifiedErrorId).
    /// </summary>
    public static class ErrorClassifier
    {
        public static OperationError Classify(Exception exception)
        {
            if (exception is null) throw new ArgumentNullException(nameof(exception));
            switch (exception)
            {
                case AcsApiException api:
                    return FromApi(api);
                case AcsTransportException transport:
                    return new OperationError("AcsTransportFailure", ErrorKind.ConnectionError, transport.Message, transport.Action, TransportAdvice, transport);
                case AcsConfigurationException configuration:
                    return new OperationError("AcsConfiguration", ErrorKind.InvalidOperation, configuration.Message, null,
                        "Fix the credential, region or endpoint setting named in the message (run with -Debug to see every source that was tried).",
                        configuration);
                case OperationCanceledException canceled:
                    return new OperationError("OperationStopped", ErrorKind.OperationStopped, canceled.Message, null, null, canceled);
                case ArgumentException argument:
                    return new OperationError("InvalidParameterValue", ErrorKind.InvalidArgument, argument.Message, argument.ParamName,
                        argument.ParamName is null ? null : "Correct the value of -" + argument.ParamName + " and run the command again. Nothing was changed.",
                        argument);
                case AppSnapshotException own:
                    return new OperationError(own.ErrorId, ErrorKind.InvalidOperation, own.Message, null, own.RecommendedAction, own);
                default:
                    return new OperationError("UnexpectedError", ErrorKind.NotSpecified, exception.Message, null,
                        "Run the command again with -Debug and report the output (it never contains secrets).", exception);
            }
        }

        private static OperationError FromApi(AcsApiException api)
        {
            var errorId = "AcsApi." + api.Code;
            var (kind, advice) = Advise(api);
            return new OperationError(errorId, kind, api.Message, api.Action, advice, api);
        }

        internal const string TransportAdvice =
            "Check the network path to the endpoint (proxy, firewall, DNS), or the -Endpoint / APPSNAPSHOT_ENDPOINT value, then run the command again.";

        /// <summary>The category and next step for an API error; per-target errors use it too.</summary>
        internal static (ErrorKind Kind, string Advice) Advise(AcsApiException api)
        {
            var code = api.Code;
            if (api.IsThrottling)
                return (ErrorKind.LimitsExceeded, "The API throttled the calls even after retries. Run the command again later, or on fewer instances at a time.");
            if (code.StartsWith("SignatureDoesNotMatch", StringComparison.Ordinal) || code.StartsWith("IncompleteSignature", StringComparison.Ordinal))
                return (ErrorKind.AuthenticationError, "Check the AccessKey secret that the credential chain picked (run with -Debug to see where it came from).");
            if (code.StartsWith("InvalidAccessKeyId", StringComparison.Ordinal) || code.StartsWith("InvalidSecurityToken", StringComparison.Ordinal))
                return (ErrorKind.AuthenticationError, "The AccessKey id or STS token is unknown, disabled or expired. Check the credentials (run with -Debug to see where they came from).");
            if (code.StartsWith("InvalidTimeStamp", StringComparison.Ordinal))
                return (ErrorKind.AuthenticationError, "The local clock is more than 15 minutes off. Synchronize the system time and run the command again.");
            if (code.StartsWith("Forbidden", StringComparison.Ordinal) || code == "NoPermission" || code.StartsWith("InvalidUser.PassRoleForbidden", StringComparison.Ordinal))
                return (ErrorKind.PermissionDenied, "Grant the caller the RAM permission for " + api.Product + ":" + api.Action + " (and ram:PassRole to attach roles), then run the command again.");
            if (code.IndexOf("NotFound", StringComparison.Ordinal) >= 0 || code.StartsWith("EntityNotExist", StringComparison.Ordinal))
                return (ErrorKind.ObjectNotFound, "Check the id or name, and that -RegionId is the region the resource lives in.");
            if (code.StartsWith("EntityAlreadyExists", StringComparison.Ordinal))
                return (ErrorKind.ResourceExists, "The resource already exists; use the existing one or choose another name.");
            if (code.StartsWith("Incorrect", StringComparison.Ordinal))
                return (ErrorKind.InvalidOperation, "The instance or disk is not in a state that allows this operation. Check its status (Get-EcsInstance) and try again.");
            if (code.StartsWith("QuotaExceed", StringComparison.Ordinal) || code.StartsWith("LimitExceeded", StringComparison.Ordinal) || code.EndsWith("ExceedLimit", StringComparison.Ordinal) || code.IndexOf("ExceedQuota", StringComparison.Ordinal) >= 0)
                return (ErrorKind.QuotaExceeded, "A quota or size limit was reached. Remove resources you no longer need (for snapshots: Remove-EcsSnapshotGroup) or request a higher quota.");
            if (api.HttpStatus >= 500)
                return (ErrorKind.ResourceUnavailable, "The service failed even after retries. Run the command again later.");
            if (code.StartsWith("Missing", StringComparison.Ordinal) || code.StartsWith("Invalid", StringComparison.Ordinal))
                return (ErrorKind.InvalidArgument, "The service refused a parameter value. Check the values passed to the command.");
            return (ErrorKind.NotSpecified, "See the service message and RequestId " + (api.RequestId ?? "(none)") + " for details.");
        }
    }
}
