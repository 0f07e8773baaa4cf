namespace EcsEmulator.State;

internal sealed class Disk
{
    public required string DiskId { get; init; }
    public required string RegionId { get; init; }
    public required string ZoneId { get; init; }
    public required string Category { get; init; }
    public required int Size { get; init; }
    /// <summary>"system" or "data".</summary>
    public required string Type { get; init; }
    public required string Device { get; init; }
    public bool MultiAttach { get; init; }
    public string? InstanceId { get; set; }
    public DateTimeOffset CreationTime { get; init; }
    public string? SourceSnapshotId { get; set; }

    public bool IsEssdFamily => Category is "cloud_essd" or "cloud_auto" or "cloud_essd_entry";
}
