namespace EcsEmulator.State;

internal sealed class Snapshot
{
    public required string SnapshotId { get; init; }
    public required string SnapshotName { get; init; }
    public required string Description { get; init; }
    public required string RegionId { get; init; }
    public required string SourceDiskId { get; init; }
    public required string SourceDiskType { get; init; }
    public required int SourceDiskSize { get; init; }
    public required string SourceStorageType { get; init; }
    public required string InstanceId { get; init; }
    public required string SnapshotGroupId { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public required DateTimeOffset CompletionTime { get; init; }
    public bool Failed { get; init; }
    public bool InstantAccess { get; init; }
    public int InstantAccessRetentionDays { get; init; }
    /// <summary>Insertion-ordered so TagKey/TagValue rows come back in a stable order.</summary>
    public List<KeyValuePair<string, string>> Tags { get; } = [];

    public string Status(DateTimeOffset now) => Failed ? "failed" : now >= CompletionTime ? "accomplished" : "progressing";

    public int ProgressPercent(DateTimeOffset now)
    {
        if (now >= CompletionTime) return 100;
        var total = (CompletionTime - CreationTime).TotalMilliseconds;
        return total <= 0 ? 100 : Math.Clamp((int)((now - CreationTime).TotalMilliseconds * 100 / total), 0, 99);
    }
}
