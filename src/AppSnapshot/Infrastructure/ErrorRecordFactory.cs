using System;
using System.Management.Automation;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>Turns the engine's errors into PowerShell ErrorRecords; nothing else decides ErrorIds.</summary>
    internal static class ErrorRecordFactory
    {
        public static ErrorRecord FromOperationError(OperationError error)
        {
            var exception = error.Exception ?? new AppSnapshotException(error.Message, error.ErrorId);
            var record = new ErrorRecord(exception, error.ErrorId, ToCategory(error.Kind), error.Target);
            if (exception.Message != error.Message || error.RecommendedAction != null)
            {
                record.ErrorDetails = new ErrorDetails(error.Message);
                if (error.RecommendedAction != null) record.ErrorDetails.RecommendedAction = error.RecommendedAction;
            }
            return record;
        }

        public static ErrorRecord FromException(Exception exception) => FromOperationError(ErrorClassifier.Classify(exception));

        internal static ErrorCategory ToCategory(ErrorKind kind)
            => Enum.TryParse<ErrorCategory>(kind.ToString(), out var category) ? category : ErrorCategory.NotSpecified;
    }
}
