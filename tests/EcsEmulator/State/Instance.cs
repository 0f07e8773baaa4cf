namespace EcsEmulator.State;

internal sealed class Instance
{
    public required string InstanceId { get; init; }
    public required string InstanceName { get; init; }
    public required string RegionId { get; init; }
    public required string ZoneId { get; init; }
    /// <summary>"linux" or "windows".</summary>
    public required string OSType { get; init; }
    public required string OSName { get; init; }
    public required string OSNameEn { get; init; }
    public string InstanceType { get; init; } = "ecs.g7.large";
    public string ImageId { get; init; } = "";
    public string Status { get; set; } = "Running";
    public DateTimeOffset CreationTime { get; init; }
    public bool CloudAssistantInstalled { get; set; } = true;
    public bool CloudAssistantRunning { get; set; } = true;
    public string CloudAssistantVersion { get; set; } = "2.2.3.398";
    /// <summary>Set by InstallCloudAssistant; becomes effective on the next start.</summary>
    public bool CloudAssistantPendingInstall { get; set; }
    public string? RamRoleName { get; set; }
    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);
    /// <summary>Shared with <see cref="EmulatorState.Disks"/>; the state file keeps only their ids.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public List<Disk> Disks { get; } = [];
    public List<string> VssWriters { get; } = [];
    public Dictionary<string, SimulatedFile> Files { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ScriptBehaviour> ScriptBehaviours { get; } = new(StringComparer.OrdinalIgnoreCase);
    public int? ForcedPluginExitCode { get; set; }
    public DateTimeOffset? LastInvokedTime { get; set; }
    public int InvocationCount { get; set; }
    /// <summary>Bumped on every transition so stale scheduled transitions can be ignored.</summary>
    public int TransitionVersion { get; set; }
    /// <summary>The status a Stop/StartInstance in progress reaches, and when.</summary>
    public string? PendingStatus { get; set; }
    public DateTimeOffset? PendingStatusAt { get; set; }

    public bool IsWindows => OSType == "windows";
    public bool CloudAssistantHealthy => CloudAssistantInstalled && CloudAssistantRunning && Status == "Running";
}
