namespace EcsEmulator.Plugin;

/// <summary>The snapshot-consistent group a plug-in run leaves behind.</summary>
internal sealed record GroupOutcome(
    string SnapshotGroupId,
    string Name,
    string Description,
    IReadOnlyList<string> DiskIds,
    TimeSpan CreatedAtOffset,
    string? ConsistencyTag,
    bool Failed,
    bool NeverCompletes,
    bool InstantAccess,
    int InstantAccessRetentionDays);
