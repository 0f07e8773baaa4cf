using System;
using System.Collections.Generic;

namespace AppSnapshot.Api
{
    public sealed class SnapshotGroupFilter
    {
        public IList<string> SnapshotGroupIds { get; } = new List<string>();
        public string? InstanceId { get; set; }
        /// <summary>Exact name: the service does not take wildcards here.</summary>
        public string? Name { get; set; }
    }

    public sealed class SnapshotGroupRecord
    {
        public string SnapshotGroupId { get; set; } = "";
        public string Name { get; set; } = "";
        public string Description { get; set; } = "";
        /// <summary>progressing, accomplished or failed.</summary>
        public string Status { get; set; } = "";
        public DateTimeOffset? CreationTime { get; set; }
        /// <summary>Set only when every member comes from one instance.</summary>
        public string InstanceId { get; set; } = "";
        public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();
        public IList<GroupSnapshotRecord> Snapshots { get; set; } = new List<GroupSnapshotRecord>();
        public string RequestId { get; set; } = "";
    }

    public sealed class GroupSnapshotRecord
    {
        public string SnapshotId { get; set; } = "";
        public string SourceDiskId { get; set; } = "";
        public string SourceDiskType { get; set; } = "";
        public string Progress { get; set; } = "";
        public bool Available { get; set; }
        public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();
    }
}
