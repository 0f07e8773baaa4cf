using System.Collections.Generic;

namespace AppSnapshot.Api
{
    public sealed class DiskRecord
    {
        public string DiskId { get; set; } = "";
        public string DiskName { get; set; } = "";
        /// <summary><c>system</c> or <c>data</c>.</summary>
        public string Type { get; set; } = "";
        public string Category { get; set; } = "";
        public long SizeGiB { get; set; }
        public string Status { get; set; } = "";
        /// <summary>Empty for multi-attach disks; see <see cref="AttachedInstanceIds"/>.</summary>
        public string InstanceId { get; set; } = "";
        public IList<string> AttachedInstanceIds { get; set; } = new List<string>();
        public string ZoneId { get; set; } = "";
        /// <summary><c>Disabled</c>, <c>Enabled</c> or empty.</summary>
        public string MultiAttach { get; set; } = "";
        /// <summary>The snapshot the disk was created or last reset from (empty when none).</summary>
        public string SourceSnapshotId { get; set; } = "";
        public bool IsMultiAttach => MultiAttach == "Enabled" || MultiAttach == "LegacyShared";
    }

    /// <summary>One entry of the OperationProgressSet that ResetDisks and DeleteSnapshotGroup return.</summary>
    public sealed class OperationProgress
    {
        public string OperationStatus { get; set; } = "";
        public string ErrorCode { get; set; } = "";
        public string ErrorMessage { get; set; } = "";
        public IDictionary<string, string> RelatedItems { get; set; } = new Dictionary<string, string>();
        public string RequestId { get; set; } = "";
        public bool Succeeded => string.IsNullOrEmpty(ErrorCode) && (OperationStatus.Length == 0 || OperationStatus == "Success");
    }

    public sealed class DiskReset
    {
        public DiskReset(string diskId, string snapshotId)
        {
            DiskId = diskId;
            SnapshotId = snapshotId;
        }

        public string DiskId { get; }
        public string SnapshotId { get; }
    }
}
