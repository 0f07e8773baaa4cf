using System;
using AppSnapshot.Client;
using AppSnapshot.Output;

namespace AppSnapshot.Workflow.Common
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
                    var (kind, advice) = ErrorClassifier.Advise(api);
                    return new OperationError(errorId, kind, doing + " failed: " + api.Message, target, advice, api);
                case AcsTransportException transport:
                    return new OperationError(errorId, ErrorKind.ConnectionError, doing + " failed: " + transport.Message, target,
                        ErrorClassifier.TransportAdvice, transport);
                default:
                    return new OperationError(errorId, ErrorKind.NotSpecified, doing + " failed: " + ex.Message, target, null, ex);
            }
        }
    }
}
