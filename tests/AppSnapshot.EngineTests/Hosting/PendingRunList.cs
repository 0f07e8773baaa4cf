namespace AppSnapshot.EngineTests.Hosting;

/// <summary>
/// The module's process-wide list of runs left pending (what Get-AppSnapshotResult with no arguments
/// collects; -NoWait runs join it). Tests that start -NoWait runs they never collect take their own
/// runs off it, so the tests that read it (PendingRuns/) see only theirs.
/// </summary>
public static class PendingRunList
{
    private const string ForgetScript = """
        $pending = [AppSnapshot.Workflow.Common.PendingInvocationRegistry]::Shared
        foreach ($run in $pending.Snapshot()) {
            if ($all -or @($runs | Where-Object { $_.InvokeId -eq $run.InvokeId -and $_.InstanceId -eq $run.InstanceId })) {
                $pending.Remove($run.InvokeId, $run.InstanceId)
            }
        }
        """;

    /// <summary>Empties the list, as in a new PowerShell session. Only in a collection that runs alone.</summary>
    public static void Clear(EngineSession session) => session.Run(ForgetScript, ("all", true), ("runs", null)).AssertClean();

    /// <summary>Takes these runs (objects with InvokeId and InstanceId) off the list.</summary>
    public static void Forget(EngineSession session, IEnumerable<object> runs) =>
        session.Run(ForgetScript, ("all", false), ("runs", runs.ToArray())).AssertClean();
}
