using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>One disk snapshot of a snapshot-consistent group.</summary>
    public sealed class SnapshotInfo
    {
        private IDictionary<string, string> _tags = new TagDictionary();

        public string SnapshotId { get; set; } = "";
        public string SourceDiskId { get; set; } = "";
        /// <summary><c>system</c> or <c>data</c>.</summary>
        public string SourceDiskType { get; set; } = "";
        public string Progress { get; set; } = "";
        public string Status { get; set; } = "";

        /// <summary>Unknown, Crash, FileSystem or Application: from the APPConsistent / FsConsistent tags (keys compared case-insensitively).</summary>
        public string Consistency
        {
            get => ConsistencyValue.ToString();
            set => ConsistencyValue = EnumName.Parse<Models.Consistency>(value, nameof(Consistency));
        }

        internal Models.Consistency ConsistencyValue { get; set; }

        public IDictionary<string, string> Tags
        {
            get => _tags;
            set => _tags = new TagDictionary(value);
        }

        public override string ToString() => SnapshotId;
    }
}
