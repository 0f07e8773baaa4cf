namespace AppSnapshot.EngineTests.PendingRuns;

/// <summary>
/// Runs a wait leaves behind are remembered process-wide (Get-AppSnapshotResult with no InvokeId reads
/// them), and the engine shares the module between runspaces. Tests that read or leave that list run
/// alone, after the parallel ones, so no other test's runs appear in it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PendingRunsCollection
{
    public const string Name = "Pending runs (process-wide)";
}
