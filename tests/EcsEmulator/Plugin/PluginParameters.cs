namespace EcsEmulator.Plugin;

/// <summary>The parsed --params of the app-snapshot plug-ins, with the documented defaults.</summary>
internal sealed record PluginParameters
{
    public required string RamRoleName { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<string> ExcludeDiskIds { get; init; } = [];
    public bool InstantAccess { get; init; }
    public int InstantAccessRetentionDays { get; init; } = 1;
    public bool EnableFsFreeze { get; init; } = true;
    public int TimeoutInSeconds { get; init; } = 30;
    public string? PreScriptPath { get; init; }
    public string? PostScriptPath { get; init; }
    public int ScriptTimeoutInSeconds { get; init; } = 1800;
    public bool EnableWriters { get; init; } = true;
}
