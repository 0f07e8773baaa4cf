using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Reliability;

/// <summary>What the operation told the user about one change.</summary>
internal enum Told
{
    /// <summary>A result saying it was made.</summary>
    Made,
    /// <summary>An error saying it failed (was not made).</summary>
    Failed,
    /// <summary>An error saying honestly that it may or may not have been made.</summary>
    Unknown,
    /// <summary>Neither a result nor an error.</summary>
    Nothing,
}

internal static class Telling
{
    private static readonly HashSet<string> UnknownIds = new(StringComparer.Ordinal)
    {
        WorkflowErrorIds.ChangeOutcomeUnknown, WorkflowErrorIds.RunOutcomeUnknown, WorkflowErrorIds.InvocationStatusUnknown,
    };

    /// <summary>Errors decide unless a result says made: an error about a change that also has its result is noise, not failure.</summary>
    public static Told From(bool resultSaysMade, IReadOnlyCollection<OperationError> errors)
    {
        if (resultSaysMade && errors.Count == 0) return Told.Made;
        if (errors.Count == 0) return Told.Nothing;
        return errors.All(e => UnknownIds.Contains(e.ErrorId)) ? Told.Unknown : Told.Failed;
    }

    /// <summary>A terminating failure of the whole operation.</summary>
    public static Told From(Exception ex) =>
        UnknownIds.Contains(ErrorClassifier.Classify(ex).ErrorId) ? Told.Unknown : Told.Failed;
}
