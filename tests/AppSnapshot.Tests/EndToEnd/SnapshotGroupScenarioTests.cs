using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Groups;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>Listing, pruning and rolling back groups the plug-in made.</summary>
public class SnapshotGroupScenarioTests : EmulatorScenario
{
    private const string Instance = "i-ubuntu2204";

    private async Task<string> TakeGroupAsync(string name)
    {
        var sink = new RecordingSink();
        var request = RunRequest(Instance);
        request.Name = name;
        await new SnapshotRunOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);
        return Assert.Single(sink.ObjectsOf<AppSnapshotResult>()).SnapshotGroupId!;
    }

    [Fact]
    public async Task ListingShowsTheGroupWithItsSnapshotsAndConsistency()
    {
        var id = await TakeGroupAsync("nightly-1");
        var sink = new RecordingSink();
        var request = new SnapshotGroupQueryRequest();
        request.Selection.NamePattern = "NIGHTLY-*";

        await new SnapshotGroupListOperation(Session).RunAsync(request, sink, CancellationToken.None);

        var group = Assert.Single(sink.ObjectsOf<SnapshotGroup>());
        Assert.Equal((id, Instance, "cn-hangzhou"), (group.SnapshotGroupId, group.InstanceId, group.RegionId));
        Assert.Equal(Consistency.FileSystem, group.ConsistencyValue);
        Assert.Equal(2, group.Snapshots.Count);
    }

    [Fact]
    public async Task KeepLatestRemovesAllButTheNewestGroupOfTheInstance()
    {
        var first = await TakeGroupAsync("keep-1");
        Host.Control.AdvanceClock(TimeSpan.FromMinutes(5));
        var second = await TakeGroupAsync("keep-2");
        var sink = new RecordingSink();
        var request = new SnapshotGroupRemovalRequest { KeepLatest = 1 };
        request.Selection.InstanceIds.Add(Instance);

        await new SnapshotGroupRemovalOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        var removal = Assert.Single(sink.ObjectsOf<SnapshotGroupRemoval>());
        Assert.Equal((first, "Removed"), (removal.SnapshotGroupId, removal.Status));
        Assert.Equal(1, Host.Control.GetSnapshotGroupCount(Instance));
        Assert.Empty(sink.Errors);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task WhatIfRemovesNothing()
    {
        await TakeGroupAsync("whatif-1");
        var sink = new RecordingSink { Answer = (_, _) => false };
        var request = new SnapshotGroupRemovalRequest();
        request.Selection.InstanceIds.Add(Instance);

        await new SnapshotGroupRemovalOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Single(sink.ShouldProcessCalls);
        Assert.Equal(0, Calls("DeleteSnapshotGroup"));
        Assert.Equal(1, Host.Control.GetSnapshotGroupCount(Instance));
    }

    [Fact]
    public async Task RollbackOfAnUnfinishedGroupIsRefusedBeforeStoppingAnything()
    {
        // Exit code 6: the plug-in gave up waiting and the group's snapshots never finish, so the group
        // is unfinished for as long as the test needs (a normal group finishes within milliseconds here).
        Host.Control.SetPluginFault(Instance, 6);
        var run = new RecordingSink();
        var request = RunRequest(Instance);
        request.Name = "rb-early";
        await new SnapshotRunOperation(Session, Settings).RunAsync(request, run, CancellationToken.None);
        var id = Assert.Single(run.ObjectsOf<AppSnapshotResult>()).SnapshotGroupId!;
        Assert.NotNull(id);
        var sink = new RecordingSink();

        await new SnapshotGroupRollbackOperation(Session, Settings).RunAsync(
            new SnapshotGroupRollbackRequest { SnapshotGroupId = id, StopInstance = true }, sink, CancellationToken.None);

        Assert.Equal(WorkflowErrorIds.RollbackSnapshotNotReady, Assert.Single(sink.Errors).ErrorId);
        Assert.Equal(0, Calls("ResetDisks") + Calls("StopInstance"));
    }

    [Fact]
    public async Task RollbackOfARunningInstanceIsRefusedWithNothingChanged()
    {
        var id = await TakeGroupAsync("rb-running");
        Host.Control.AdvanceClock(TimeSpan.FromHours(2));
        var sink = new RecordingSink();

        await new SnapshotGroupRollbackOperation(Session, Settings).RunAsync(new SnapshotGroupRollbackRequest { SnapshotGroupId = id }, sink, CancellationToken.None);

        Assert.Equal(WorkflowErrorIds.RollbackInstanceNotStopped, Assert.Single(sink.Errors).ErrorId);
        Assert.Equal(0, Calls("ResetDisks") + Calls("StopInstance"));
    }

    [Fact]
    public async Task RollbackOfAStoppedInstanceResetsEveryDisk()
    {
        var id = await TakeGroupAsync("rb-stopped");
        Host.Control.AdvanceClock(TimeSpan.FromHours(2));
        Host.Control.SetInstanceStatus(Instance, "Stopped");
        var sink = new RecordingSink();

        await new SnapshotGroupRollbackOperation(Session, Settings).RunAsync(new SnapshotGroupRollbackRequest { SnapshotGroupId = id }, sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        var results = sink.ObjectsOf<RollbackResult>();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded, r.OperationStatus + " " + r.ErrorCode));
        Assert.Equal(1, Calls("ResetDisks"));
    }

    [Fact]
    public async Task RollbackWithStopInstanceStopsResetsAndStartsAgain()
    {
        var id = await TakeGroupAsync("rb-stop");
        Host.Control.AdvanceClock(TimeSpan.FromHours(2));
        var sink = new RecordingSink();
        var request = new SnapshotGroupRollbackRequest { SnapshotGroupId = id, StopInstance = true, StartInstance = true };
        request.DiskIds.Add("d-ubuntu2204-data1");

        await new SnapshotGroupRollbackOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        Assert.Equal("d-ubuntu2204-data1", Assert.Single(sink.ObjectsOf<RollbackResult>()).DiskId);
        Assert.Equal((1, 1, 1), (Calls("StopInstance"), Calls("ResetDisks"), Calls("StartInstance")));
        Assert.Equal("Running", Status(Instance));
    }

    [Fact]
    public async Task RollbackOfAnInstanceStillStartingWaitsForItToRunThenStopsIt()
    {
        var id = await TakeGroupAsync("rb-starting");
        Host.Control.AdvanceClock(TimeSpan.FromHours(2));
        Host.Control.SetInstanceStatus(Instance, "Stopped");
        await new AppSnapshot.Api.InstancesApi(Session.Ecs()).StartInstanceAsync(Instance, CancellationToken.None);
        Assert.Equal("Starting", Status(Instance));
        var sink = new RecordingSink();

        await new SnapshotGroupRollbackOperation(Session, Settings).RunAsync(
            new SnapshotGroupRollbackRequest { SnapshotGroupId = id, StopInstance = true }, sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        Assert.Equal((1, 1), (Calls("StopInstance"), Calls("ResetDisks")));
        Assert.Equal("Stopped", Status(Instance));
    }

    private string Status(string instanceId) => Host.Control.GetInstances().Single(i => i.InstanceId == instanceId).Status;
}
