using System;

namespace AppSnapshot.Output
{
    /// <summary>
    /// The exception behind an <see cref="OperationError"/> that has no exception of its own, so
    /// that scripts can catch AppSnapshot failures by type. Its message never holds a secret.
    /// </summary>
    public sealed class AppSnapshotException : Exception
    {
        public AppSnapshotException(string message, string errorId, string? recommendedAction = null) : base(message)
        {
            ErrorId = errorId;
            RecommendedAction = recommendedAction;
        }

        public string ErrorId { get; }
        public string? RecommendedAction { get; }
    }
}
