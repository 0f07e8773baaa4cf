using System;
using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>A snapshot-consistent group with its members.</summary>
    public sealed class SnapshotGroup
    {
        private IList<SnapshotInfo> _snapshots = new JoinedList<SnapshotInfo>(ListSeparators.Items);
        private IDictionary<string, string> _tags = new TagDictionary();

        public string SnapshotGroupId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string Name { get; set; } = "";
        public string Description { get; set; } = "";
        /// <summary>progressing, accomplished or failed.</summary>
        public string Status { get; set; } = "";
        /// <summary>When the service created the group, in UTC.</summary>
        public DateTimeOffset? CreationTime { get; set; }
        public string InstanceId { get; set; } = "";

        /// <summary>The weakest consistency among the members: Unknown, Crash, FileSystem or Application.</summary>
        public string Consistency
        {
            get => ConsistencyValue.ToString();
            set => ConsistencyValue = EnumName.Parse<Models.Consistency>(value, nameof(Consistency));
        }

        internal Models.Consistency ConsistencyValue { get; set; }

        public IList<SnapshotInfo> Snapshots
        {
            get => _snapshots;
            set => _snapshots = new JoinedList<SnapshotInfo>(ListSeparators.Items, value);
        }

        public IDictionary<string, string> Tags
        {
            get => _tags;
            set => _tags = new TagDictionary(value);
        }

        public override string ToString() => SnapshotGroupId;
    }
}
