using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Pipelines;

/// <summary>Objects from New-AppConsistentSnapshotGroup -NoWait, live or saved, pipe back into Get-AppSnapshotResult.</summary>
public class NoWaitRoundTripTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public NoWaitRoundTripTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Fact]
    public void NoWaitInvocationsPipedToGetAppSnapshotResultWaitGiveEveryResult()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);

        var run = session.Run("""
            New-AppConsistentSnapshotGroup -RegionId cn-hangzhou -InstanceId i-ubuntu2204, i-mysql-centos79 -Name engine-nowait -NoWait -OutVariable started |
                Get-AppSnapshotResult -Wait
            """).AssertClean();

        AssertResultsOf(Started(session), run);
    }

    [Fact]
    public void InvocationsSavedWithExportClixmlAreCollectedInAnotherSession()
    {
        var saved = Path.Combine(_emulator.TempDirectory, Guid.NewGuid().ToString("N") + ".xml");
        IReadOnlyList<(string InvokeId, string InstanceId)> started;
        using (var first = _emulator.OpenSession(defaultRegion: false))
        {
            first.Run("New-AppConsistentSnapshotGroup -RegionId cn-hangzhou -InstanceId i-ubuntu2204, i-mysql-centos79 -Name engine-saved -NoWait -OutVariable started | Export-Clixml -LiteralPath $saved",
                ("saved", saved)).AssertClean();
            started = Started(first);
            // Collected here first, so the process-wide pending list cannot supply the second session's results.
            _emulator.Control.AdvanceClock(TimeSpan.FromMinutes(10));
            first.Run("Import-Clixml -LiteralPath $saved | Get-AppSnapshotResult", ("saved", saved)).AssertClean();
        }
        using var second = _emulator.OpenSession(defaultRegion: false);

        var run = second.Run("Import-Clixml -LiteralPath $saved | Get-AppSnapshotResult -Wait", ("saved", saved)).AssertClean();

        AssertResultsOf(started, run);
    }

    private static IReadOnlyList<(string InvokeId, string InstanceId)> Started(EngineSession session) =>
        ((System.Collections.IEnumerable)session.Runspace.SessionStateProxy.GetVariable("started")).Cast<System.Management.Automation.PSObject>()
            .Select(o => ((string)o.Properties["InvokeId"].Value, (string)o.Properties["InstanceId"].Value)).ToList();

    private static void AssertResultsOf(IReadOnlyList<(string InvokeId, string InstanceId)> started, EngineRun run)
    {
        Assert.Equal(2, started.Count);
        var results = run.Output.Select(o => ((string)o.Properties["InvokeId"].Value, (string)o.Properties["InstanceId"].Value));
        Assert.Equal(started.Order(), results.Order());
    }
}
