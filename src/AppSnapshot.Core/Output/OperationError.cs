using System;

namespace AppSnapshot.Output
{
    /// <summary>
    /// A non-terminating, per-target failure: what went wrong, for which object, and what to do.
    /// ErrorId values are part of the module's public contract; never rename one.
    /// </summary>
    public sealed class OperationError
    {
        public OperationError(string errorId, ErrorKind kind, string message, object? target = null,
            string? recommendedAction = null, Exception? exception = null)
        {
            ErrorId = errorId ?? throw new ArgumentNullException(nameof(errorId));
            Kind = kind;
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Target = target;
            RecommendedAction = recommendedAction;
            Exception = exception;
        }

        public string ErrorId { get; }
        public ErrorKind Kind { get; }
        public string Message { get; }
        public object? Target { get; }
        public string? RecommendedAction { get; }
        public Exception? Exception { get; }

        public override string ToString() => ErrorId + ": " + Message;
    }
}
