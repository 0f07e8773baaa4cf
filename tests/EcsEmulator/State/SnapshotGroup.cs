namespace EcsEmulator.State;

internal sealed class SnapshotGroup
{
    public required string SnapshotGroupId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string RegionId { get; init; }
    public required string InstanceId { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public bool Failed { get; init; }
    public List<Snapshot> Snapshots { get; } = [];
    public List<KeyValuePair<string, string>> Tags { get; } = [];

    public string Status(DateTimeOffset now) =>
        Failed || Snapshots.Any(s => s.Failed) ? "failed"
        : Snapshots.All(s => now >= s.CompletionTime) ? "accomplished"
        : "progressing";
}
