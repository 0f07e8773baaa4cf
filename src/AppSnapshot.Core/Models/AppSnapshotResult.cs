using System;
using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>The outcome of the plug-in on one instance: exit code explained, consistency reached, timings.</summary>
    public sealed class AppSnapshotResult
    {
        public string InstanceId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string InvokeId { get; set; } = "";
        /// <summary>Cloud Assistant's per-instance status: Success, Failed, Timeout, Aborted...</summary>
        public string Status { get; set; } = "";
        public int? ExitCode { get; set; }
        public string ExitCodeMeaning { get; set; } = "";
        /// <summary>The plug-in exited 0 and a snapshot group exists.</summary>
        public bool Succeeded { get; set; }
        /// <summary>From the snapshots' tags; the plug-in's log only when the tags could not be read.</summary>
        public Consistency Consistency { get; set; }
        /// <summary><c>Tags</c>, <c>Log</c> or <c>None</c>: where <see cref="Consistency"/> came from.</summary>
        public string ConsistencySource { get; set; } = "None";
        public string? SnapshotGroupId { get; set; }
        public string? SnapshotGroupName { get; set; }
        public IList<SnapshotInfo> Snapshots { get; set; } = new List<SnapshotInfo>();

        public TimeSpan? FreezeDuration { get; set; }
        /// <summary>When the guest froze, with the guest's UTC offset (inferred from the plug-in log and StartTime); null when unknown.</summary>
        public DateTimeOffset? FreezeStart { get; set; }
        /// <summary>When the guest thawed, with the guest's UTC offset; null when unknown.</summary>
        public DateTimeOffset? ThawEnd { get; set; }
        public TimeSpan? PreScriptDuration { get; set; }
        public TimeSpan? PostScriptDuration { get; set; }
        public TimeSpan? SnapshotCreationDuration { get; set; }
        public TimeSpan? TagDuration { get; set; }
        /// <summary>The plug-in's own TotalCost for the group creation.</summary>
        public TimeSpan? GroupCreationDuration { get; set; }
        /// <summary>Cloud Assistant's start to finish.</summary>
        public TimeSpan? TotalDuration { get; set; }

        public IList<string> LogLines { get; set; } = new List<string>();
        public string? GuestOutput { get; set; }
        public IList<string> Warnings { get; set; } = new List<string>();
        /// <summary>Cloud Assistant's start of the run, in UTC.</summary>
        public DateTimeOffset? StartTime { get; set; }
        /// <summary>Cloud Assistant's end of the run, in UTC.</summary>
        public DateTimeOffset? FinishTime { get; set; }
        public IList<string> RequestIds { get; set; } = new List<string>();
        /// <summary>Cloud Assistant's ErrorCode/ErrorInfo (empty when it ran the command normally).</summary>
        public string? ErrorCode { get; set; }
        public string? ErrorInfo { get; set; }

        public override string ToString() => InstanceId + ": " + (Succeeded ? Consistency.ToString() : Status);
    }
}
