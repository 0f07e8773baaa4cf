namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>A producer for every output type that binds into some cmdlet (BindingMetadata says which).</summary>
public static class ObjectProducers
{
    public static IReadOnlyDictionary<string, ObjectProducer> ByType { get; } = new ObjectProducer[]
    {
        new("EcsInstance", (_, id, region) => $"Get-EcsInstance -RegionId {region} -InstanceId {id}"),
        new("InstanceRamRoleAssignment", (_, id, region) => $"Get-EcsInstanceRamRole -RegionId {region} -InstanceId {id}"),
        new("PrerequisiteReport", (_, id, region) => $"Test-AppSnapshotPrerequisite -RegionId {region} -InstanceId {id}"),
        new("ScriptUploadResult", (_, id, region) => $"Send-AppSnapshotScript -RegionId {region} -InstanceId {id} -Template MySQL"),
        new("SnapshotInvocation", (_, id, region) => $"New-AppConsistentSnapshotGroup -RegionId {region} -InstanceId {id} -Name matrix-new -NoWait")
            { StartsRuns = true },
        new("AppSnapshotResult", (w, id, region) => $"Get-AppSnapshotResult -RegionId {region} -InvokeId {w.RunOfGroupA(id)} -InstanceId {id}")
            { NeedsGroups = true },
        new("SnapshotGroup", (w, id, region) => $"Get-EcsSnapshotGroup -RegionId {region} -SnapshotGroupId {w.GroupA(id)}")
            { NeedsGroups = true },
        new("SnapshotGroupRemoval", (w, id, region) => $"Remove-EcsSnapshotGroup -RegionId {region} -SnapshotGroupId {w.GroupA(id)} -Confirm:$false")
            { NeedsGroups = true, GroupsGone = true },
        new("RollbackResult", (w, id, region) => $"Restore-EcsSnapshotGroup -RegionId {region} -SnapshotGroupId {w.GroupA(id)} -Confirm:$false")
            { NeedsGroups = true, NeedsStoppedInstances = true },
    }.ToDictionary(p => p.OutputType);
}
