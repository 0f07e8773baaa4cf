using System;
using System.Collections.Generic;
using AppSnapshot.Api;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// When a run still going is looked at. Until runs are seen finishing, only the oldest run of each kind (platform) is
    /// looked at, after a small share of the time it has run so far; once one is seen (almost) wholly finished, every other
    /// run is looked at once, at its start plus the duration measured on the runs caught finishing, and again shortly after
    /// when some of its instances are still running. What the looks learn of the runs' duration is kept here.
    /// </summary>
    internal sealed class LookSchedule
    {
        /// <summary>The share of its running time after which the probe is looked at again (about 1 s late at most on a 12 s run).</summary>
        private const double ProbeShare = 0.08;

        /// <summary>A run seen this much finished shows the durations are not just the quickest runs'.</summary>
        private const double SettledShare = 0.9;

        /// <summary>The service's times are whole seconds: a duration read from them may be short by up to this.</summary>
        private static readonly TimeSpan ServiceTimeResolution = TimeSpan.FromSeconds(1);

        /// <summary>A finish seen within this long of a look that saw the instance running is a close measurement.</summary>
        private static readonly TimeSpan CloseLook = TimeSpan.FromSeconds(1);

        private readonly PollingSettings _polling;

        /// <summary>
        /// Durations measured closely: instances seen still running at a look shortly before the one that saw them finished.
        /// Once there are any, they alone plan the looks; an instance already finished at its first look only says its
        /// run took at most that long, and looks planned from such bounds would drift later and later.
        /// </summary>
        private readonly RunDurationEstimate _measured = new RunDurationEstimate();

        /// <summary>Every bound (the planning estimate until something was measured closely).</summary>
        private readonly RunDurationEstimate _bounded = new RunDurationEstimate();

        public LookSchedule(PollingSettings polling) => _polling = polling;

        /// <summary>Some run was seen (almost) wholly finished: every run is planned from the learned duration.</summary>
        public bool Settled { get; private set; }

        /// <summary>Some instance was seen finished.</summary>
        public bool AnyFinished => _bounded.IsKnown;

        /// <summary>The shortest run seen: before that, no run of a batch can have finished.</summary>
        public TimeSpan Shortest => _bounded.Shortest;

        /// <summary>When <paramref name="invocation"/> is next looked at, or null while it waits for the probe of its kind.</summary>
        public DateTimeOffset? Next(WatchedInvocation invocation, IEnumerable<WatchedInvocation> open)
        {
            if (Settled)
            {
                // Bounds alone are late by up to the service's time resolution: look that much earlier until a look catches
                // instances finishing, which measures the duration closely for every later look.
                var planned = _measured.IsKnown ? _measured.Typical : _bounded.Typical - ServiceTimeResolution;
                var expected = invocation.StartedAt + (planned > TimeSpan.Zero ? planned : TimeSpan.Zero);
                return invocation.NextLook.HasValue && invocation.NextLook.Value > expected ? invocation.NextLook.Value : expected;
            }
            // Nothing (or only the quickest runs) finished yet: only the oldest open invocation of its kind is looked at.
            if (!ReferenceEquals(invocation, Probe(invocation.Kind, open))) return null;
            return invocation.NextLook ?? invocation.StartedAt + invocation.Interval!.Current;
        }

        /// <summary>The wait before the next look at a run still going (the probe: a share of its running time; then the adaptive interval).</summary>
        public TimeSpan WaitAfter(WatchedInvocation invocation, DateTimeOffset answeredAt, bool progressed, bool singleLook)
        {
            var adaptive = invocation.Interval!.Next(progressed);
            if (Settled || singleLook) return adaptive;
            var share = TimeSpan.FromTicks((long)((answeredAt - invocation.StartedAt).Ticks * ProbeShare));
            return share < _polling.MinInterval ? _polling.MinInterval : share > adaptive ? adaptive : share;
        }

        /// <summary>
        /// How long after its start <paramref name="instance"/> had certainly finished: the look's answer bounds it on the local
        /// clock, the service's own times (task creation to finish) when they are closer. <paramref name="closely"/>: the
        /// instance was seen running shortly before, so the bound is a measurement.
        /// </summary>
        public TimeSpan Learn(WatchedInvocation invocation, InvocationRecord record, InstanceInvocationRecord instance, DateTimeOffset answeredAt, bool closely)
        {
            var bound = answeredAt - invocation.StartedAt;
            if (closely && bound >= TimeSpan.Zero) _measured.Add(bound);
            if (record.CreationTime.HasValue && instance.FinishTime.HasValue)
            {
                var service = instance.FinishTime.Value - record.CreationTime.Value + ServiceTimeResolution;
                if (service >= TimeSpan.Zero && service < bound) bound = service;
            }
            if (bound < TimeSpan.Zero) bound = TimeSpan.Zero;
            _bounded.Add(bound);
            return bound;
        }

        /// <summary>After a look: settles the schedule once a run is seen (almost) wholly finished.</summary>
        public void Saw(int seenFinished, int instances)
        {
            if (AnyFinished && seenFinished >= SettledShare * instances) Settled = true;
        }

        /// <summary>Finished at a look that followed, shortly, one that saw it running.</summary>
        public static bool IsClose(DateTimeOffset? lastAnswerAt, DateTimeOffset answeredAt) =>
            lastAnswerAt.HasValue && answeredAt - lastAnswerAt.Value <= CloseLook;

        /// <summary>The oldest open invocation of a kind (runs of one kind, say Linux or Windows, take about as long).</summary>
        private static WatchedInvocation? Probe(string kind, IEnumerable<WatchedInvocation> open)
        {
            WatchedInvocation? oldest = null;
            foreach (var invocation in open)
            {
                if (invocation.Kind == kind && (oldest == null || invocation.StartedAt < oldest.StartedAt)) oldest = invocation;
            }
            return oldest;
        }
    }
}
