using System.Collections.Generic;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>New-AppConsistentSnapshotGroup's parameters.</summary>
    public sealed class SnapshotRunRequest
    {
        public IList<InstanceTarget> Instances { get; } = new List<InstanceTarget>();
        /// <summary>Null: the role attached to each instance.</summary>
        public string? RamRoleName { get; set; }
        /// <summary>Null: <c>appsnap-yyyyMMdd-HHmmss</c> (UTC).</summary>
        public string? Name { get; set; }
        public string? Description { get; set; }
        public IList<string> ExcludeDiskIds { get; } = new List<string>();
        public bool? InstantAccess { get; set; }
        public int? InstantAccessRetentionDays { get; set; }
        /// <summary>Linux only; ignored for Windows instances.</summary>
        public bool? EnableFsFreeze { get; set; }
        /// <summary>Linux only: the fsfreeze timeout.</summary>
        public int? FreezeTimeoutInSeconds { get; set; }
        /// <summary>Linux only: pass the /tmp pre/post script paths (the plug-in falls back to file-system consistency without them).</summary>
        public bool UseScripts { get; set; } = true;
        public int? ScriptTimeoutInSeconds { get; set; }
        /// <summary>Windows only; ignored for Linux instances.</summary>
        public bool? EnableWriters { get; set; }
        /// <summary>Return the started invocations without waiting.</summary>
        public bool NoWait { get; set; }
        /// <summary>A File-system or crash-consistent result becomes an error.</summary>
        public bool RequireApplicationConsistent { get; set; }
        /// <summary>How long to wait for all results (seconds).</summary>
        public int TimeoutSeconds { get; set; } = 3600;
    }
}
