using System.Diagnostics;
using System.Management.Automation;
using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.PendingRuns;

/// <summary>
/// PowerShell.Stop() is what Ctrl+C does. During a wait it must end the command within seconds, as a
/// stopped pipeline, leaving the run going in the cloud for Get-AppSnapshotResult to collect.
/// </summary>
[Collection(PendingRunsCollection.Name)]
public class StopTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public StopTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Fact]
    public void StopDuringTheWaitEndsPromptlyAndTheRunIsCollectedAfterwards()
    {
        _emulator.Control.FreezeClock();
        using var session = _emulator.OpenSession();
        using var ps = session.Prepare("New-AppConsistentSnapshotGroup -InstanceId i-ubuntu2204 -Name engine-stopped");
        using var waiting = new ManualResetEventSlim();
        ps.Streams.Progress.DataAdded += (_, e) =>
        {
            if (ps.Streams.Progress[e.Index].RecordType == ProgressRecordType.Processing) waiting.Set();
        };
        var pending = ps.BeginInvoke();
        Assert.True(waiting.Wait(TimeSpan.FromSeconds(30)), "No progress record arrived: the wait never started.");

        var stopping = Stopwatch.StartNew();
        ps.Stop();
        stopping.Stop();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), "Stop() took " + stopping.Elapsed + ".");
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.Throws<PipelineStoppedException>(() => ps.EndInvoke(pending));
        Assert.Empty(ps.Streams.Error);
        Assert.DoesNotContain("StopInvocation", _emulator.Control.GetCallCounts().Keys);

        _emulator.Control.AdvanceClock(TimeSpan.FromMinutes(10));
        var collected = session.Run("Get-AppSnapshotResult -Wait").AssertClean();
        var result = Assert.Single(collected.Output);
        Assert.Equal("i-ubuntu2204", result.Properties["InstanceId"].Value);
        Assert.Equal("engine-stopped", result.Properties["SnapshotGroupName"].Value);
        Assert.Equal(true, result.Properties["Succeeded"].Value);
        Assert.Equal(1, _emulator.Control.GetSnapshotGroupCount("i-ubuntu2204"));

        var again = session.Run("Get-AppSnapshotResult").AssertClean();
        Assert.Empty(again.Output);
        Assert.Contains(again.Warnings, w => w.StartsWith("No InvokeId was given and no earlier wait left runs behind", StringComparison.Ordinal));
    }
}
