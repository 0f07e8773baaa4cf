namespace EcsEmulator;

/// <summary>One row of GET /_emulator/state.</summary>
public sealed record InstanceSummary(string InstanceId, string RegionId, string OSType, string Status, string? RamRoleName, bool CloudAssistant, int SnapshotGroups, int Files);
