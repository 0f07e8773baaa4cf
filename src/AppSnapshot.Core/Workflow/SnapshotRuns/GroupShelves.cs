using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AppSnapshot.Api;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// The finished runs waiting for their snapshot groups, a <see cref="SnapshotGroupShelf"/> per (region, group name), and
    /// when each shelf is read. The service lists groups newest first, so a read while groups under the name are still being
    /// made pages through the newest again and again (and page tokens shift under it): a shelf is read when no look under
    /// its name will answer soon, when a few runs have waited a moment, or when its runs have waited long enough.
    /// </summary>
    internal sealed class GroupShelves
    {
        /// <summary>A shelf is read when no look under its name is due within this long: at the end of a fleet's runs each page is read about once.</summary>
        private static readonly TimeSpan QuietAhead = TimeSpan.FromSeconds(2);

        /// <summary>A few waiting runs are read after this short wait anyway: ten groups or fewer take one call by id.</summary>
        private static readonly TimeSpan FewWait = TimeSpan.FromMilliseconds(250);

        /// <summary>No finished run waits longer than this for its group.</summary>
        private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

        /// <summary>Finished runs of one name that start a read however busy the name is (bounds what is held).</summary>
        private const int ReadBatch = 5000;

        private readonly Dictionary<(string RegionId, string GroupName), SnapshotGroupShelf> _shelves =
            new Dictionary<(string, string), SnapshotGroupShelf>();

        /// <summary>The reads under way.</summary>
        public IEnumerable<GroupRead> Reads => _shelves.Values.Where(s => s.Reading != null).Select(s => s.Reading!);

        /// <summary>Runs are waiting or being read.</summary>
        public bool Busy => _shelves.Values.Any(s => s.WaitingCount > 0 || s.Reading != null);

        /// <summary>The shelf of the runs of <paramref name="invocation"/>.</summary>
        public SnapshotGroupShelf Of(WatchedInvocation invocation)
        {
            var key = (invocation.RegionId, invocation.GroupName ?? "");
            if (!_shelves.TryGetValue(key, out var shelf)) _shelves[key] = shelf = new SnapshotGroupShelf(invocation.RegionId, invocation.GroupName);
            return shelf;
        }

        public static bool Holds(SnapshotGroupShelf shelf, WatchedInvocation invocation) =>
            invocation.RegionId == shelf.RegionId && (invocation.GroupName ?? "") == shelf.GroupName;

        /// <summary>The shelves whose read has ended.</summary>
        public List<SnapshotGroupShelf> ReadsEnded() => _shelves.Values.Where(s => s.Reading != null && s.Reading.Task.IsCompleted).ToList();

        /// <summary>
        /// Starts the reads that are due. <paramref name="looksSoon"/>: a look under the shelf's name is under way or due before
        /// the given moment (or runs are still on their way to the watch); <paramref name="probablyFinishedUnseen"/>: how many
        /// instances under the name have probably finished without being seen yet (the name pages may go that much further).
        /// </summary>
        public void StartReady(DateTimeOffset now, bool pastDeadline, Func<SnapshotGroupShelf, DateTimeOffset, bool> looksSoon,
            Func<SnapshotGroupShelf, int> probablyFinishedUnseen, ICloudClients clients, IOutputSink sink, int maxConcurrency, CancellationToken token)
        {
            foreach (var shelf in _shelves.Values.Where(s => s.Reading == null && s.WaitingCount > 0).ToList())
            {
                var ready = pastDeadline || now >= ReadAt(shelf) || shelf.WaitingCount >= ReadBatch || !looksSoon(shelf, now + QuietAhead);
                if (ready) shelf.StartRead(clients, sink, maxConcurrency, probablyFinishedUnseen(shelf), now, token);
            }
        }

        /// <summary>The earliest moment a waiting shelf is read even if looks under its name keep coming; null when none waits.</summary>
        public DateTimeOffset? NextReadAt()
        {
            DateTimeOffset? next = null;
            foreach (var shelf in _shelves.Values.Where(s => s.Reading == null && s.WaitingCount > 0))
            {
                var at = ReadAt(shelf);
                if (next == null || at < next) next = at;
            }
            return next;
        }

        /// <summary>Every waiting run, taken without a read (the wait ends).</summary>
        public List<FinishedRun> TakeAllWaiting() => _shelves.Values.SelectMany(s => s.TakeWaiting()).ToList();

        private static DateTimeOffset ReadAt(SnapshotGroupShelf shelf) =>
            shelf.WaitingSince!.Value + (shelf.WaitingCount <= Batches.SnapshotGroupIds ? FewWait : LongestWait);
    }
}
