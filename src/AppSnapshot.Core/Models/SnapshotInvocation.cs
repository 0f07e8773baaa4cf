
namespace AppSnapshot.Models
{
    /// <summary>
    /// A started plug-in run on one instance, as -NoWait returns it. Its InvokeId, InstanceId and
    /// RegionId bind by property name to Get-AppSnapshotResult.
    /// </summary>
    public sealed class SnapshotInvocation
    {
        public string InstanceId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string InvokeId { get; set; } = "";
        public string CommandId { get; set; } = "";

        /// <summary>Linux or Windows.</summary>
        public string Platform
        {
            get => PlatformValue.ToString();
            set => PlatformValue = EnumName.Parse<Models.Platform>(value, nameof(Platform));
        }

        internal Models.Platform PlatformValue { get; set; }

        public string GroupName { get; set; } = "";
        public string RequestId { get; set; } = "";

        public override string ToString() => InvokeId + "/" + InstanceId;
    }
}
