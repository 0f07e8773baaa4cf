namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>What a consumer acts on, and so what "exactly the piped objects" means for it.</summary>
public enum PipeTarget
{
    /// <summary>Instances, each in its own region: the piped objects' InstanceId and RegionId.</summary>
    Instances,
    /// <summary>Groups: the piped objects' SnapshotGroupId where they have one, else the groups of their instances.</summary>
    Groups,
    /// <summary>Plug-in runs: the piped objects' InvokeId and InstanceId.</summary>
    Invocations,
}
