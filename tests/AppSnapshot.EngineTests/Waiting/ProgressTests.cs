using System.Management.Automation;
using System.Text.RegularExpressions;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Waiting;

/// <summary>Progress records reach ps.Streams.Progress during the waits, and every activity is completed.</summary>
public class ProgressTests : IClassFixture<EmulatorFixture>
{
    private const string SnapshotActivity = "Waiting for application-consistent snapshots";
    private readonly EmulatorFixture _emulator;

    public ProgressTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Fact]
    public void TheSnapshotWaitReportsInstancesFinishedAsTheyFinish()
    {
        _emulator.Control.FreezeClock();
        using var session = _emulator.OpenSession();
        using var ps = session.Prepare("New-AppConsistentSnapshotGroup -InstanceId i-ubuntu2204, i-mysql-centos79 -Name engine-progress");
        using var firstLook = new ManualResetEventSlim();
        ps.Streams.Progress.DataAdded += (_, e) =>
        {
            if (ps.Streams.Progress[e.Index].RecordType == ProgressRecordType.Processing) firstLook.Set();
        };

        var pending = ps.BeginInvoke();
        Assert.True(firstLook.Wait(TimeSpan.FromSeconds(30)), "No progress record arrived while the runs were held.");
        _emulator.Control.AdvanceClock(TimeSpan.FromMinutes(10));
        var output = ps.EndInvoke(pending);

        Assert.False(ps.HadErrors);
        Assert.Equal(2, output.Count);
        var records = ps.Streams.Progress.Where(p => p.Activity == SnapshotActivity).ToList();
        var first = records.First();
        Assert.Equal("0 of 2 instances finished", first.StatusDescription);
        Assert.Equal(0, first.PercentComplete);
        Assert.Contains(records, p => p.StatusDescription == "2 of 2 instances finished" && p.PercentComplete == 100);
        Assert.All(records.Where(p => p.RecordType == ProgressRecordType.Processing),
            p => Assert.Matches(new Regex("^[0-2] of 2 instances finished$"), p.StatusDescription));
        Assert.Equal(ProgressRecordType.Completed, records.Last().RecordType);
        Assert.Single(records.Select(p => p.ActivityId).Distinct());
    }

    [Fact]
    public void TheScriptUploadReportsFilesDelivered()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("Send-AppSnapshotScript -InstanceId i-mysql-centos79, i-ubuntu2204 -Template Generic").AssertClean();

        var records = run.Progress.Where(p => p.Activity == "Delivering pre/post scripts").ToList();
        Assert.Contains(records, p => p.RecordType == ProgressRecordType.Processing && p.StatusDescription == "4 of 4 files delivered");
        Assert.Equal(ProgressRecordType.Completed, records.Last().RecordType);
    }
}
