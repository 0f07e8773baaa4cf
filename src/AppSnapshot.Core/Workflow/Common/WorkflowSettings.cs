using System;
using AppSnapshot.Common;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>Time and pacing knobs shared by the operations; tests shrink them instead of sleeping.</summary>
    public sealed class WorkflowSettings
    {
        public static WorkflowSettings Default { get; } = new WorkflowSettings();

        public IClock Clock { get; set; } = SystemClock.Instance;
        public PollingSettings Polling { get; set; } = new PollingSettings();
        /// <summary>Remembers invocations a wait left behind; process-wide unless a test brings its own.</summary>
        public PendingInvocationRegistry PendingInvocations { get; set; } = PendingInvocationRegistry.Shared;
        /// <summary>How long to wait for an instance to reach Stopped/Running during a rollback.</summary>
        public TimeSpan InstanceStateTimeout { get; set; } = TimeSpan.FromMinutes(10);
        /// <summary>How long to wait for SendFile deliveries.</summary>
        public TimeSpan FileDeliveryTimeout { get; set; } = TimeSpan.FromMinutes(5);
    }

    public sealed class PollingSettings
    {
        /// <summary>Delay before the first look: the plug-in never finishes faster than this.</summary>
        public TimeSpan InitialInterval { get; set; } = TimeSpan.FromSeconds(2);
        /// <summary>Interval right after something finished (more results are likely close behind).</summary>
        public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(500);
        /// <summary>
        /// Ceiling while nothing changes. With the slow growth below the wait stays near a fifth of
        /// the time already spent (first looks at 2, 4.4, 7.3, 10.7, 14.9, 19.9 s, then every 5 s), so a
        /// short run is seen soon after it ends while a long one stays cheap: about 15 rounds in the
        /// first minute, one call per invocation (up to 100 instances) each, i.e. ≈ 0.15 calls per
        /// instance for a 60 s plug-in (budget 0.2 with the RunCommand call). A fixed 2-3 s ceiling
        /// would cost 20-30 rounds there (0.2-0.3 calls per instance).
        /// </summary>
        public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(5);
        public double GrowthFactor { get; set; } = 1.2;
        /// <summary>
        /// How many polls are under way at a time, and how many snapshot-group calls one read makes at a
        /// time (the client still paces every action to its rate limit).
        /// </summary>
        public int MaxConcurrentCalls { get; set; } = 8;
    }
}
