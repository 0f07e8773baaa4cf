using EcsEmulator.State;

namespace EcsEmulator.Plugin;

/// <summary>Materialises a plug-in's group and member snapshots; they progress to accomplished over scaled time.</summary>
internal static class SnapshotGroupFactory
{
    private static readonly TimeSpan NominalCompletion = TimeSpan.FromSeconds(30);

    public static SnapshotGroup Create(EmulatorState state, Instance instance, GroupOutcome outcome, DateTimeOffset createdAt)
    {
        var completesAt = outcome.NeverCompletes ? DateTimeOffset.MaxValue : createdAt + state.Scaled(NominalCompletion);
        var group = new SnapshotGroup
        {
            SnapshotGroupId = outcome.SnapshotGroupId, Name = outcome.Name, Description = outcome.Description,
            RegionId = instance.RegionId, InstanceId = instance.InstanceId, CreationTime = createdAt, Failed = outcome.Failed,
        };
        foreach (var (diskId, n) in outcome.DiskIds.Select((d, n) => (d, n)))
        {
            var disk = state.Disks[diskId];
            var snapshot = new Snapshot
            {
                SnapshotId = state.Ids.Next("s-"), SnapshotName = $"{outcome.Name}_{disk.DiskId}", Description = outcome.Description,
                RegionId = instance.RegionId, SourceDiskId = disk.DiskId, SourceDiskType = disk.Type, SourceDiskSize = disk.Size,
                SourceStorageType = disk.Category, InstanceId = instance.InstanceId, SnapshotGroupId = group.SnapshotGroupId,
                CreationTime = createdAt, CompletionTime = completesAt,
                Failed = outcome.Failed && n == 0, InstantAccess = outcome.InstantAccess, InstantAccessRetentionDays = outcome.InstantAccessRetentionDays,
            };
            snapshot.Tags.Add(new("acs:ecs:createFrom", instance.InstanceId));
            if (outcome.ConsistencyTag is not null) snapshot.Tags.Add(new(outcome.ConsistencyTag, "True"));
            group.Snapshots.Add(snapshot);
            state.Snapshots[snapshot.SnapshotId] = snapshot;
        }
        state.SnapshotGroups[group.SnapshotGroupId] = group;
        state.CountCreated("SnapshotGroup");
        state.CountCreated("Snapshot", group.Snapshots.Count);
        return group;
    }
}
