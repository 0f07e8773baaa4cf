using System;
using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>
    /// The outcome of the plug-in on one instance: exit code explained, consistency reached, timings.
    /// Shaped for JSON and CSV too: names rather than enum numbers, durations in seconds, lists that
    /// join into text.
    /// </summary>
    public sealed class AppSnapshotResult
    {
        private IList<SnapshotInfo> _snapshots = new JoinedList<SnapshotInfo>(ListSeparators.Items);
        private IList<string> _logLines = new JoinedList<string>(ListSeparators.Lines);
        private IList<string> _warnings = new JoinedList<string>(ListSeparators.Lines);
        private IList<string> _requestIds = new JoinedList<string>(ListSeparators.Items);

        public string InstanceId { get; set; } = "";
        public string RegionId { get; set; } = "";
        public string InvokeId { get; set; } = "";
        /// <summary>Cloud Assistant's per-instance status: Success, Failed, Timeout, Aborted...</summary>
        public string Status { get; set; } = "";
        public int? ExitCode { get; set; }
        public string ExitCodeMeaning { get; set; } = "";
        /// <summary>The plug-in exited 0 and a snapshot group exists.</summary>
        public bool Succeeded { get; set; }

        /// <summary>Unknown, Crash, FileSystem or Application: from the snapshots' tags; the plug-in's log only when the tags could not be read.</summary>
        public string Consistency
        {
            get => ConsistencyValue.ToString();
            set => ConsistencyValue = EnumName.Parse<Models.Consistency>(value, nameof(Consistency));
        }

        internal Models.Consistency ConsistencyValue { get; set; }

        /// <summary><c>Tags</c>, <c>Log</c> or <c>None</c>: where <see cref="Consistency"/> came from.</summary>
        public string ConsistencySource { get; set; } = "None";
        public string? SnapshotGroupId { get; set; }
        public string? SnapshotGroupName { get; set; }

        public IList<SnapshotInfo> Snapshots
        {
            get => _snapshots;
            set => _snapshots = new JoinedList<SnapshotInfo>(ListSeparators.Items, value);
        }

        /// <summary>How long the application (or file system) was frozen: FreezeStart to ThawEnd.</summary>
        public double? FreezeSeconds { get; set; }
        /// <summary>When the guest froze, with the guest's UTC offset (inferred from the plug-in log and StartTime); null when unknown.</summary>
        public DateTimeOffset? FreezeStart { get; set; }
        /// <summary>When the guest thawed, with the guest's UTC offset; null when unknown.</summary>
        public DateTimeOffset? ThawEnd { get; set; }
        public double? PreScriptSeconds { get; set; }
        public double? PostScriptSeconds { get; set; }
        public double? SnapshotCreationSeconds { get; set; }
        public double? TagSeconds { get; set; }
        /// <summary>The plug-in's own TotalCost for the group creation.</summary>
        public double? GroupCreationSeconds { get; set; }
        /// <summary>Cloud Assistant's start to finish.</summary>
        public double? TotalSeconds { get; set; }

        public IList<string> LogLines
        {
            get => _logLines;
            set => _logLines = new JoinedList<string>(ListSeparators.Lines, value);
        }

        public string? GuestOutput { get; set; }

        public IList<string> Warnings
        {
            get => _warnings;
            set => _warnings = new JoinedList<string>(ListSeparators.Lines, value);
        }

        /// <summary>Cloud Assistant's start of the run, in UTC.</summary>
        public DateTimeOffset? StartTime { get; set; }
        /// <summary>Cloud Assistant's end of the run, in UTC.</summary>
        public DateTimeOffset? FinishTime { get; set; }

        public IList<string> RequestIds
        {
            get => _requestIds;
            set => _requestIds = new JoinedList<string>(ListSeparators.Items, value);
        }

        /// <summary>Cloud Assistant's ErrorCode/ErrorInfo (empty when it ran the command normally).</summary>
        public string? ErrorCode { get; set; }
        public string? ErrorInfo { get; set; }

        public override string ToString() => InstanceId + ": " + (Succeeded ? Consistency : Status);
    }
}
