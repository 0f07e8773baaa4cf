using System;
using System.Collections.Generic;

namespace AppSnapshot.Workflow.Groups
{
    /// <summary>Which groups to list or remove. Every selector narrows the set.</summary>
    public sealed class SnapshotGroupSelection
    {
        public string? RegionId { get; set; }
        public IList<string> SnapshotGroupIds { get; } = new List<string>();
        /// <summary>Wildcards <c>*</c> and <c>?</c>, case-insensitive.</summary>
        public string? NamePattern { get; set; }
        public IList<string> InstanceIds { get; } = new List<string>();
    }

    public sealed class SnapshotGroupQueryRequest
    {
        public SnapshotGroupSelection Selection { get; set; } = new SnapshotGroupSelection();
    }

    public sealed class SnapshotGroupRemovalRequest
    {
        public SnapshotGroupSelection Selection { get; set; } = new SnapshotGroupSelection();
        /// <summary>Only groups created more than this long ago.</summary>
        public TimeSpan? OlderThan { get; set; }
        /// <summary>Only groups created before this time.</summary>
        public DateTimeOffset? CreatedBefore { get; set; }
        /// <summary>Spare the newest N groups of each instance.</summary>
        public int? KeepLatest { get; set; }
    }

    public sealed class SnapshotGroupRollbackRequest
    {
        public string? RegionId { get; set; }
        public string SnapshotGroupId { get; set; } = "";
        /// <summary>Roll back only these disks of the group; empty: all of them.</summary>
        public IList<string> DiskIds { get; } = new List<string>();
        /// <summary>Stop a running instance first (otherwise a running instance is refused).</summary>
        public bool StopInstance { get; set; }
        public bool ForceStop { get; set; }
        /// <summary>Start the instance again after the disks were reset.</summary>
        public bool StartInstance { get; set; }
    }
}
