using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>An ECS instance as Get-EcsInstance returns it; binds by property name to the other cmdlets.</summary>
    public sealed class EcsInstance
    {
        private IDictionary<string, string> _tags = new TagDictionary();
        private IList<EcsDisk>? _disks;
        private volatile System.Threading.Tasks.Task? _disksArriving;

        public string InstanceId { get; set; } = "";
        public string InstanceName { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string ZoneId { get; set; } = "";
        public string Status { get; set; } = "";
        /// <summary><c>Linux</c> or <c>Windows</c>.</summary>
        public string OSType { get; set; } = "";
        /// <summary>The English OS name (the API's OSNameEn), e.g. "CentOS  7.9 64 bit".</summary>
        public string OSName { get; set; } = "";
        /// <summary>The OS name in the account's language (the API's OSName), e.g. "CentOS  7.9 64位".</summary>
        public string OSNameLocal { get; set; } = "";

        /// <summary>Linux or Windows.</summary>
        public string Platform
        {
            get => PlatformValue.ToString();
            set => PlatformValue = EnumName.Parse<Models.Platform>(value, nameof(Platform));
        }

        internal Models.Platform PlatformValue { get; set; }

        /// <summary>The instance RAM role, or null when none is attached (or it was not looked up).</summary>
        public string? RamRoleName { get; set; }

        public IDictionary<string, string> Tags
        {
            get => _tags;
            set => _tags = new TagDictionary(value);
        }

        /// <summary>
        /// The disks attached to the instance; null when not looked up. Get-EcsInstance writes an instance before the
        /// region's disk listing has ended, so the next command starts on it at once: reading this property before the
        /// listing has ended waits for it.
        /// </summary>
        public IList<EcsDisk>? Disks
        {
            get
            {
                var arriving = _disksArriving;
                if (arriving != null && !arriving.IsCompleted)
                {
                    // A read that failed or was stopped is the command's to report: here the disks just stay unknown (null).
                    try { arriving.Wait(); } catch (System.AggregateException) { }
                }
                return _disks;
            }
            set
            {
                _disks = value == null ? null : new JoinedList<EcsDisk>(ListSeparators.Items, value);
                _disksArriving = null;
            }
        }

        /// <summary>The read that will set <see cref="Disks"/>: until it ends, reading them waits for it.</summary>
        internal void DisksArriveWith(System.Threading.Tasks.Task read) => _disksArriving = read;

        /// <summary>True/false when known (a Cloud Assistant heartbeat in the last 2 minutes), null when not looked up.</summary>
        public bool? CloudAssistantRunning { get; set; }

        public override string ToString() => InstanceId;
    }

    public sealed class EcsDisk
    {
        public string DiskId { get; set; } = "";
        /// <summary><c>system</c> or <c>data</c>.</summary>
        public string Type { get; set; } = "";
        /// <summary>E.g. cloud_essd, cloud_auto, cloud_efficiency.</summary>
        public string Category { get; set; } = "";
        public long SizeGiB { get; set; }
        /// <summary>Shared by several instances; the plug-in skips such a disk.</summary>
        public bool MultiAttach { get; set; }

        public override string ToString() => DiskId;
    }
}
