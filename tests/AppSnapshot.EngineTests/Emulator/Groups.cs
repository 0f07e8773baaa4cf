using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Emulator;

/// <summary>Snapshot-consistent groups made through the cmdlets, for tests that need one to exist.</summary>
public static class Groups
{
    /// <summary>
    /// Starts the plug-in with -NoWait, moves the emulator clock past the run's end (no waiting on the
    /// cmdlet's poll interval), and collects the result by InvokeId, which also clears it from the
    /// session-wide pending list. Returns the new group's id.
    /// </summary>
    public static string Create(EmulatorFixture emulator, EngineSession session, string instanceId, string name)
    {
        var started = session.Run("New-AppConsistentSnapshotGroup -InstanceId $groupInstance -Name $groupName -NoWait -RegionId cn-hangzhou",
            ("groupInstance", instanceId), ("groupName", name)).AssertClean();
        emulator.Control.AdvanceClock(TimeSpan.FromMinutes(10));
        var result = Collect(session, started.Output.Single());
        var groupId = result.Properties["SnapshotGroupId"].Value as string;
        Assert.False(string.IsNullOrEmpty(groupId), "The run made no group: " + result);
        return groupId!;
    }

    /// <summary>Reads one finished run (a SnapshotInvocation) by its InvokeId and instance.</summary>
    public static System.Management.Automation.PSObject Collect(EngineSession session, object invocation) =>
        session.Run("Get-AppSnapshotResult -InvokeId $invocation.InvokeId -InstanceId $invocation.InstanceId -RegionId $invocation.RegionId", ("invocation", invocation))
            .AssertClean().Output.Single();
}
