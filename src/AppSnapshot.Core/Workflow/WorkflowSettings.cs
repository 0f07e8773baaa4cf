using System;
using AppSnapshot.Client;

namespace AppSnapshot.Workflow
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
        public TimeSpan MinInterval { get; set; } = TimeSpan.FromSeconds(1);
        /// <summary>
        /// Ceiling while nothing changes. With the slow growth below the wait stays near a quarter of
        /// the time already spent (2, 2.5, 3.1, 3.9, 4.9 s, then 5 s), so a short run is seen soon
        /// after it ends and a long one costs few calls: about 13 rounds in the first minute, one call
        /// per invocation (100 instances) each.
        /// </summary>
        public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(5);
        public double GrowthFactor { get; set; } = 1.25;
        /// <summary>
        /// How many polling or snapshot-group calls one round makes at a time (the client still paces
        /// every action to its rate limit).
        /// </summary>
        public int MaxConcurrentCalls { get; set; } = 8;
    }
}
