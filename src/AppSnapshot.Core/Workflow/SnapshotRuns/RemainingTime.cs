using System;
using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// How long a wait for plug-in runs has left, for the progress bar. The runs go in parallel, so the
    /// instances still running should take about as long as the typical (median) finished one did:
    /// what is left of that, plus the time to the next look (a finish is seen only when polled), never
    /// beyond the deadline. Unknown until the first instance finishes.
    /// </summary>
    internal static class RemainingTime
    {
        /// <param name="typical">The median of how long after the wait began the finished instances were seen finished; null when none did.</param>
        public static TimeSpan? Estimate(TimeSpan? typical, int pending, TimeSpan elapsed, TimeSpan nextLook, TimeSpan untilDeadline)
        {
            if (pending <= 0) return TimeSpan.Zero;
            if (!typical.HasValue) return null;
            var estimate = (typical.Value > elapsed ? typical.Value - elapsed : TimeSpan.Zero) + nextLook;
            var limit = untilDeadline > TimeSpan.Zero ? untilDeadline : TimeSpan.Zero;
            return estimate < limit ? estimate : limit;
        }

        /// <summary>The ids still running, as the progress bar names them: the first few, then how many more.</summary>
        public static string Pending(IEnumerable<string> instanceIds, int shown = 4)
        {
            var ids = instanceIds.ToList();
            var named = string.Join(", ", ids.Take(shown));
            return "Still running: " + named + (ids.Count > shown ? " and " + (ids.Count - shown) + " more" : "");
        }
    }
}
