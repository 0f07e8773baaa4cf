using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Groups;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Reliability;

/// <summary>The group scenarios start from one finished snapshot group per instance, made without faults.</summary>
internal abstract class GroupScenario : ChangeScenario
{
    protected Dictionary<int, SnapshotGroupRecordView> Groups { get; } = new();

    public override async Task PrepareAsync(World world, int trials)
    {
        var request = new SnapshotRunRequest { Name = "reliability-base", TimeoutSeconds = 120 };
        for (var i = 0; i < trials; i++) request.Instances.Add(new InstanceTarget(World.Instance(i)));
        var sink = new CollectingSink();
        await new SnapshotRunOperation(world.Session, world.Settings).RunAsync(request, sink, CancellationToken.None);
        foreach (var result in sink.Of<AppSnapshotResult>())
        {
            var i = int.Parse(result.InstanceId[^4..], System.Globalization.CultureInfo.InvariantCulture) - 1;
            Groups[i] = new SnapshotGroupRecordView(result.SnapshotGroupId!, result.Snapshots.ToDictionary(s => s.SourceDiskId, s => s.SnapshotId));
        }
        world.Host.Control.AdvanceClock(TimeSpan.FromHours(2));
        await PrepareInstancesAsync(world, trials);
    }

    protected virtual Task PrepareInstancesAsync(World world, int trials) => Task.CompletedTask;

    protected async Task<CollectingSink> RollBackAsync(World world, int i, bool stop, bool start)
    {
        var sink = new CollectingSink();
        await new SnapshotGroupRollbackOperation(world.Session, world.Settings).RunAsync(
            new SnapshotGroupRollbackRequest { SnapshotGroupId = Groups[i].Id, StopInstance = stop, StartInstance = start }, sink, CancellationToken.None);
        return sink;
    }

    protected string Status(World world, int i) => world.Host.Control.GetInstances().Single(x => x.InstanceId == World.Instance(i)).Status;

    protected async Task<bool> DisksResetAsync(World world, int i)
    {
        var disks = (await new DisksApi(world.Session.Ecs()).DescribeDisksByInstanceAsync(new[] { World.Instance(i) }, CancellationToken.None))[World.Instance(i)];
        return Groups[i].SnapshotByDisk.All(kv => disks.Any(d => d.DiskId == kv.Key && d.SourceSnapshotId == kv.Value));
    }
}

internal sealed record SnapshotGroupRecordView(string Id, IReadOnlyDictionary<string, string> SnapshotByDisk);

/// <summary>Remove-EcsSnapshotGroup -SnapshotGroupId: made = the group is gone.</summary>
internal sealed class DeleteGroupScenario : GroupScenario
{
    public override string Action => "DeleteSnapshotGroup";
    public override string Cmdlet => "Remove-EcsSnapshotGroup";

    public override async Task<Told> ChangeAsync(World world, int i)
    {
        var request = new SnapshotGroupRemovalRequest();
        request.Selection.SnapshotGroupIds.Add(Groups[i].Id);
        var sink = new CollectingSink();
        await new SnapshotGroupRemovalOperation(world.Session, world.Settings).RunAsync(request, sink, CancellationToken.None);
        return Telling.From(sink.Of<SnapshotGroupRemoval>().Any(r => r.Status == "Removed"), sink.Errors);
    }

    public override Task<int> TimesMadeAsync(World world, int i) => Task.FromResult(world.Host.Control.GetSnapshotGroupCount(World.Instance(i)) == 0 ? 1 : 0);
}

/// <summary>Restore-EcsSnapshotGroup of a stopped instance: made = every disk comes from the group's snapshot.</summary>
internal sealed class ResetDisksScenario : GroupScenario
{
    public override string Action => "ResetDisks";
    public override string Cmdlet => "Restore-EcsSnapshotGroup";

    protected override Task PrepareInstancesAsync(World world, int trials)
    {
        for (var i = 0; i < trials; i++) world.Host.Control.SetInstanceStatus(World.Instance(i), "Stopped");
        return Task.CompletedTask;
    }

    public override async Task<Told> ChangeAsync(World world, int i)
    {
        var sink = await RollBackAsync(world, i, stop: false, start: false);
        var results = sink.Of<RollbackResult>();
        return Telling.From(results.Count > 0 && results.All(r => r.Succeeded), sink.Errors);
    }

    public override async Task<int> TimesMadeAsync(World world, int i) => await DisksResetAsync(world, i) ? 1 : 0;
}

/// <summary>Restore-EcsSnapshotGroup -StopInstance of a running instance: made = the instance stopped.</summary>
internal sealed class StopInstanceScenario : GroupScenario
{
    public override string Action => "StopInstance";
    public override string Cmdlet => "Restore-EcsSnapshotGroup -StopInstance";

    public override async Task<Told> ChangeAsync(World world, int i)
    {
        var sink = await RollBackAsync(world, i, stop: true, start: false);
        return Telling.From(sink.Of<RollbackResult>().Count > 0, sink.Errors);
    }

    public override Task<int> TimesMadeAsync(World world, int i) => Task.FromResult(Status(world, i) is "Stopping" or "Stopped" ? 1 : 0);
}

/// <summary>Restore-EcsSnapshotGroup -StartInstance of a stopped instance: made = the instance starts.</summary>
internal sealed class StartInstanceScenario : GroupScenario
{
    public override string Action => "StartInstance";
    public override string Cmdlet => "Restore-EcsSnapshotGroup -StartInstance";

    protected override Task PrepareInstancesAsync(World world, int trials)
    {
        for (var i = 0; i < trials; i++) world.Host.Control.SetInstanceStatus(World.Instance(i), "Stopped");
        return Task.CompletedTask;
    }

    public override async Task<Told> ChangeAsync(World world, int i)
    {
        var sink = await RollBackAsync(world, i, stop: false, start: true);
        return Telling.From(sink.Of<RollbackResult>().Count > 0, sink.Errors);
    }

    public override Task<int> TimesMadeAsync(World world, int i) => Task.FromResult(Status(world, i) is "Starting" or "Running" ? 1 : 0);
}
