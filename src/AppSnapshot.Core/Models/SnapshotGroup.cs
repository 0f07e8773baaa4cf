using System;
using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>A snapshot-consistent group with its members.</summary>
    public sealed class SnapshotGroup
    {
        public string SnapshotGroupId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string Name { get; set; } = "";
        public string Description { get; set; } = "";
        /// <summary>progressing, accomplished or failed.</summary>
        public string Status { get; set; } = "";
        public DateTimeOffset? CreationTime { get; set; }
        public string InstanceId { get; set; } = "";
        /// <summary>The weakest consistency among the members.</summary>
        public Consistency Consistency { get; set; }
        public IList<SnapshotInfo> Snapshots { get; set; } = new List<SnapshotInfo>();
        public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

        public override string ToString() => SnapshotGroupId;
    }
}
