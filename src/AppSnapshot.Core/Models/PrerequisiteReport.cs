using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Models
{
    /// <summary>Every prerequisite of the plug-in, checked for one instance.</summary>
    public sealed class PrerequisiteReport
    {
        public string InstanceId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string InstanceName { get; set; } = "";
        public Platform? Platform { get; set; }
        /// <summary>No check of severity Error failed.</summary>
        public bool Ready => Checks.All(c => c.Passed || c.Severity != CheckSeverity.Error);
        public IList<PrerequisiteCheck> Checks { get; set; } = new List<PrerequisiteCheck>();

        public override string ToString() => InstanceId + (Ready ? ": ready" : ": not ready");
    }

    public sealed class PrerequisiteCheck
    {
        public string Name { get; set; } = "";
        public bool Passed { get; set; }
        /// <summary>How much a failure of this check matters.</summary>
        public CheckSeverity Severity { get; set; }
        public string Detail { get; set; } = "";
        public string? Remedy { get; set; }

        public override string ToString() => Name + ": " + (Passed ? "passed" : "failed") + " - " + Detail;
    }

    public enum CheckSeverity
    {
        Error,
        Warning,
        Information,
    }
}
