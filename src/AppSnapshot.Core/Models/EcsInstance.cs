using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>An ECS instance as Get-EcsInstance returns it; binds by property name to the other cmdlets.</summary>
    public sealed class EcsInstance
    {
        public string InstanceId { get; set; } = "";
        public string InstanceName { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string ZoneId { get; set; } = "";
        public string Status { get; set; } = "";
        /// <summary><c>Linux</c> or <c>Windows</c>.</summary>
        public string OSType { get; set; } = "";
        public string OSName { get; set; } = "";
        public Platform Platform { get; set; }
        /// <summary>The instance RAM role, or null when none is attached (or it was not looked up).</summary>
        public string? RamRoleName { get; set; }
        public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();
        public IList<EcsDisk>? Disks { get; set; }
        /// <summary>True/false when known, null when not asked.</summary>
        public bool? CloudAssistantRunning { get; set; }

        public override string ToString() => InstanceId;
    }

    public sealed class EcsDisk
    {
        public string DiskId { get; set; } = "";
        public string Type { get; set; } = "";
        public string Category { get; set; } = "";
        public long SizeGiB { get; set; }
        public bool MultiAttach { get; set; }

        public override string ToString() => DiskId;
    }
}
