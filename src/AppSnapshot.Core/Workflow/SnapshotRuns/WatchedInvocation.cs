using System;
using System.Collections.Generic;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>One RunCommand task, the instances of it the caller wants results for, and what the polls have seen of it.</summary>
    internal sealed class WatchedInvocation
    {
        public WatchedInvocation(string regionId, string invokeId, IEnumerable<string> instanceIds, string? groupName = null, string? runRequestId = null)
        {
            RegionId = regionId;
            InvokeId = invokeId;
            InstanceIds = new HashSet<string>(instanceIds);
            GroupName = groupName;
            RunRequestId = runRequestId;
        }

        public string RegionId { get; }
        public string InvokeId { get; }
        /// <summary>Empty means every instance the task has.</summary>
        public HashSet<string> InstanceIds { get; }
        public string? GroupName { get; }
        public string? RunRequestId { get; }
        /// <summary>
        /// Local clock when its RunCommand answered: runs are expected to finish a learned duration after it.
        /// Left default, it is the moment the watcher took the invocation.
        /// </summary>
        public DateTimeOffset StartedAt { get; set; }
        /// <summary>What runs it carries (the platform, for a run this module started): until runs are seen finishing, the oldest of each kind is looked at.</summary>
        public string Kind { get; set; } = "";
        public bool Wants(string instanceId) => InstanceIds.Count == 0 || InstanceIds.Contains(instanceId);

        /// <summary>At least one poll read the task: its status is known.</summary>
        public bool EverRead { get; set; }
        /// <summary>The last failure to read it, for the error when no poll ever succeeded.</summary>
        public Exception? LastError { get; set; }
        /// <summary>The last per-instance status seen (Pending, Running...).</summary>
        public Dictionary<string, string> LastStatus { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        // The watcher's schedule of this invocation.
        /// <summary>When the watcher means to look again, after a look that left instances running (null before the first look).</summary>
        internal DateTimeOffset? NextLook { get; set; }
        /// <summary>The wait between looks at it while it has instances running.</summary>
        internal Common.AdaptivePollInterval? Interval { get; set; }
        internal bool LookedAt { get; set; }
        /// <summary>When the last answer about it arrived (local clock).</summary>
        internal DateTimeOffset? LastAnswerAt { get; set; }
        internal bool LookedAtAfterDeadline { get; set; }
        internal bool PollInFlight { get; set; }
    }

    internal sealed class WatchOptions
    {
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);
        public bool RequireApplicationConsistent { get; set; }
        /// <summary>False for the run: the plug-in needs seconds, so the first look waits the initial interval.</summary>
        public bool PollImmediately { get; set; }
        /// <summary>Look once, report what finished, leave the rest pending (a lookup without -Wait).</summary>
        public bool SingleLook { get; set; }
        public string Activity { get; set; } = "Waiting for application-consistent snapshots";
    }
}
