namespace AppSnapshot.Models
{
    /// <summary>One disk rolled back (or not) from a snapshot-consistent group.</summary>
    public sealed class RollbackResult
    {
        public string InstanceId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string SnapshotGroupId { get; set; } = "";
        public string DiskId { get; set; } = "";
        public string SnapshotId { get; set; } = "";
        /// <summary>Success, or the failure the service reported.</summary>
        public string OperationStatus { get; set; } = "";
        public bool Succeeded { get; set; }
        public string? ErrorCode { get; set; }
        public string? ErrorMessage { get; set; }
        public string? RequestId { get; set; }

        public override string ToString() => DiskId + ": " + OperationStatus;
    }
}
