namespace AppSnapshot.Models
{
    /// <summary>The session defaults set with Set-AppSnapshotDefault (null: not set, the usual sources apply).</summary>
    public sealed class AppSnapshotDefault
    {
        public string? RegionId { get; set; }
        public string? ProfileName { get; set; }
        public string? Endpoint { get; set; }

        public override string ToString() =>
            "RegionId=" + (RegionId ?? "") + ", ProfileName=" + (ProfileName ?? "") + ", Endpoint=" + (Endpoint ?? "");
    }
}
