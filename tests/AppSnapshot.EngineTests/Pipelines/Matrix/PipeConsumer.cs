using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>How a cmdlet is run on piped objects, and how to tell what it acted on.</summary>
/// <param name="Command">What follows <c>$piped |</c>; state-changing cmdlets confirm nothing (-Confirm:$false) and write what they did (-PassThru).</param>
/// <param name="ActedOn">The keys it acted on, from its output or from the emulator's state before and after.</param>
public sealed record PipeConsumer(string Cmdlet, string Command, PipeTarget Target, Func<EngineRun, EmulatorSnapshot, EmulatorSnapshot, IReadOnlySet<string>> ActedOn)
{
    /// <summary>The groups of the piped instances, and the bystander's, must exist.</summary>
    public bool NeedsGroups { get; init; }

    /// <summary>Rolls back: the piped instances must be stopped.</summary>
    public bool NeedsStoppedInstances { get; init; }

    /// <summary>Reads results: the runs it is given must have finished.</summary>
    public bool NeedsFinishedRuns { get; init; }

    /// <summary>Starts -NoWait runs of its own.</summary>
    public bool StartsRuns { get; init; }
}
