using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>One disk snapshot of a snapshot-consistent group.</summary>
    public sealed class SnapshotInfo
    {
        public string SnapshotId { get; set; } = "";
        public string SourceDiskId { get; set; } = "";
        /// <summary><c>system</c> or <c>data</c>.</summary>
        public string SourceDiskType { get; set; } = "";
        public string Progress { get; set; } = "";
        public string Status { get; set; } = "";
        /// <summary>From the APPConsistent / FsConsistent tags (keys compared case-insensitively).</summary>
        public Consistency Consistency { get; set; }
        public IDictionary<string, string> Tags { get; set; } = new Dictionary<string, string>();

        public override string ToString() => SnapshotId;
    }
}
