using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>The deletion of one snapshot-consistent group, member by member.</summary>
    public sealed class SnapshotGroupRemoval
    {
        private IList<SnapshotOperationResult> _snapshots = new JoinedList<SnapshotOperationResult>(ListSeparators.Items);

        public string SnapshotGroupId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string Name { get; set; } = "";
        public string InstanceId { get; set; } = "";
        /// <summary>Removed, PartiallyRemoved or Failed.</summary>
        public string Status { get; set; } = "";

        public IList<SnapshotOperationResult> Snapshots
        {
            get => _snapshots;
            set => _snapshots = new JoinedList<SnapshotOperationResult>(ListSeparators.Items, value);
        }

        public string? RequestId { get; set; }

        public override string ToString() => SnapshotGroupId + ": " + Status;
    }

    public sealed class SnapshotOperationResult
    {
        public string SnapshotId { get; set; } = "";
        public string OperationStatus { get; set; } = "";
        public string? ErrorCode { get; set; }
        public string? ErrorMessage { get; set; }

        public override string ToString() => SnapshotId + ": " + (ErrorCode ?? OperationStatus);
    }
}
