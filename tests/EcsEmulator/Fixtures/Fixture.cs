namespace EcsEmulator;

/// <summary>The emulator's starting state, as JSON (see README "Fixture format") or built in C#.</summary>
public sealed class Fixture
{
    public List<FixtureRegion> Regions { get; set; } = [];
    public List<FixtureInstance> Instances { get; set; } = [];
    /// <summary>Generated look-alike instances for fleet tests.</summary>
    public List<FixtureFleet> Fleets { get; set; } = [];
    public List<FixtureRole> Roles { get; set; } = [];
    public List<FixturePolicy> Policies { get; set; } = [];
    /// <summary>"FallBackToFileSystem" (default) or "Exit9".</summary>
    public string PreScriptFailureMode { get; set; } = "FallBackToFileSystem";
}

public sealed class FixtureRegion
{
    public string RegionId { get; set; } = "";
    public string LocalName { get; set; } = "";
    public string? RegionEndpoint { get; set; }
}

public sealed class FixtureInstance
{
    public string InstanceId { get; set; } = "";
    public string InstanceName { get; set; } = "";
    public string RegionId { get; set; } = "cn-hangzhou";
    public string? ZoneId { get; set; }
    public string OSType { get; set; } = "linux";
    public string OSName { get; set; } = "";
    public string? OSNameEn { get; set; }
    public string Status { get; set; } = "Running";
    public string InstanceType { get; set; } = "ecs.g7.large";
    public FixtureCloudAssistant CloudAssistant { get; set; } = new();
    public string? RamRoleName { get; set; }
    public Dictionary<string, string> Tags { get; set; } = [];
    public List<FixtureDisk> Disks { get; set; } = [];
    /// <summary>Windows only: VSS writers the plug-in finds (e.g. "SqlServerWriter").</summary>
    public List<string> VssWriters { get; set; } = [];
    /// <summary>What /tmp/prescript.sh and /tmp/postscript.sh do once uploaded; key "prescript"/"postscript".</summary>
    public Dictionary<string, FixtureScript> Scripts { get; set; } = [];
    /// <summary>Files present from the start.</summary>
    public List<FixtureFile> Files { get; set; } = [];
}

public sealed class FixtureCloudAssistant
{
    public bool Installed { get; set; } = true;
    public bool Running { get; set; } = true;
    public string Version { get; set; } = "2.2.3.398";
}

public sealed class FixtureDisk
{
    public string DiskId { get; set; } = "";
    public string Category { get; set; } = "cloud_essd";
    public int Size { get; set; } = 40;
    public string Type { get; set; } = "system";
    public string? Device { get; set; }
    public bool MultiAttach { get; set; }
}

public sealed class FixtureScript
{
    /// <summary>"Succeed", "Fail" or "Hang".</summary>
    public string Behaviour { get; set; } = "Succeed";
    public int ExitCode { get; set; }
    public string? Output { get; set; }
    public double DurationSeconds { get; set; } = 1.0;
}

public sealed class FixtureFile
{
    public string Path { get; set; } = "";
    public string Content { get; set; } = "";
    public string Owner { get; set; } = "root";
    public string Group { get; set; } = "root";
    public string Mode { get; set; } = "0644";
}

public sealed class FixtureFleet
{
    /// <summary>Ids are IdPrefix + 4-digit ordinal, e.g. i-bench-linux-0001.</summary>
    public string IdPrefix { get; set; } = "";
    public int Count { get; set; }
    public string RegionId { get; set; } = "cn-hangzhou";
    public string OSType { get; set; } = "linux";
    public string OSName { get; set; } = "";
    public string? RamRoleName { get; set; }
    public Dictionary<string, string> Tags { get; set; } = [];
    public List<string> VssWriters { get; set; } = [];
    public int DataDisks { get; set; } = 1;
}

public sealed class FixtureRole
{
    public string RoleName { get; set; } = "";
    public string AssumeRolePolicyDocument { get; set; } = "";
    public string Description { get; set; } = "";
    public long MaxSessionDuration { get; set; } = 3600;
    /// <summary>Names of attached policies (Custom ones from Policies, or System ones).</summary>
    public List<string> AttachedPolicies { get; set; } = [];
}

public sealed class FixturePolicy
{
    public string PolicyName { get; set; } = "";
    public string PolicyType { get; set; } = "Custom";
    public string PolicyDocument { get; set; } = "";
    public string Description { get; set; } = "";
}
