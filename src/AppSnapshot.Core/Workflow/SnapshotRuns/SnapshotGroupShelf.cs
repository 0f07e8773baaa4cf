using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Groups;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>An instance seen finished whose result waits for its snapshot group.</summary>
    internal sealed class FinishedRun
    {
        public FinishedRun(WatchedInvocation invocation, InstanceInvocationRecord record, PluginLog log, DateTimeOffset seenAt, DateTimeOffset finishedBy)
        {
            Invocation = invocation;
            Record = record;
            Log = log;
            SeenAt = seenAt;
            FinishedBy = finishedBy;
        }

        public WatchedInvocation Invocation { get; }
        public InstanceInvocationRecord Record { get; }
        public PluginLog Log { get; }
        /// <summary>Local clock when the poll that saw it finished answered.</summary>
        public DateTimeOffset SeenAt { get; }
        /// <summary>Local clock by which the run had certainly finished: a group read started later shows its final tags.</summary>
        public DateTimeOffset FinishedBy { get; }
    }

    /// <summary>
    /// The finished runs of one (region, group name) waiting for their snapshot groups, read together, and every
    /// group record any read under that name returned during the wait (all batches of a run share the name, so a
    /// page read for some runs often holds the groups of others that finished but were not polled yet). A record is
    /// used for a run when its snapshots carry their consistency tags, or when it was read after the run had finished:
    /// otherwise it may have been read before the plug-in tagged them.
    /// Records are matched by id: other runs may have used the same name. One read at a time.
    /// </summary>
    internal sealed class SnapshotGroupShelf
    {
        private readonly Dictionary<string, (SnapshotGroupRecord Group, DateTimeOffset ReadAt)> _seen =
            new Dictionary<string, (SnapshotGroupRecord, DateTimeOffset)>(StringComparer.Ordinal);
        private readonly List<FinishedRun> _waiting = new List<FinishedRun>();

        public SnapshotGroupShelf(string regionId, string? groupName)
        {
            RegionId = regionId;
            GroupName = groupName ?? "";
        }

        public string RegionId { get; }
        public string GroupName { get; }
        public int WaitingCount => _waiting.Count;
        public DateTimeOffset? WaitingSince => _waiting.Count == 0 ? (DateTimeOffset?)null : _waiting[0].SeenAt;
        public GroupRead? Reading { get; private set; }

        /// <summary>The group of <paramref name="run"/> when a read after its finish already returned it; the record is handed out once.</summary>
        public SnapshotGroupRecord? TakeKnown(FinishedRun run)
        {
            var id = run.Log.SnapshotGroupId;
            if (id == null || !_seen.TryGetValue(id, out var seen)) return null;
            if (seen.ReadAt < run.FinishedBy && !IsTagged(seen.Group)) return null;
            _seen.Remove(id);
            return seen.Group;
        }

        /// <summary>
        /// The plug-in tags the snapshots as its last step, so a group whose every snapshot carries a consistency tag is final,
        /// whenever it was read; one without may have been read before its run finished.
        /// </summary>
        private static bool IsTagged(SnapshotGroupRecord group) =>
            group.Snapshots.Count > 0 && group.Snapshots.All(s => ConsistencyClassifier.FromTags(s.Tags) != Models.Consistency.Unknown);

        public void Put(FinishedRun run) => _waiting.Add(run);

        /// <summary>Waiting runs whose group a read that ended meanwhile returned: they need no read of their own.</summary>
        public List<(FinishedRun Run, SnapshotGroupRecord Group)> TakeKnownWaiting()
        {
            var known = new List<(FinishedRun, SnapshotGroupRecord)>();
            foreach (var run in _waiting.ToList())
            {
                var group = TakeKnown(run);
                if (group == null) continue;
                _waiting.Remove(run);
                known.Add((run, group));
            }
            return known;
        }

        /// <summary>
        /// Starts reading the groups of every waiting run; its messages are held until <see cref="Finish"/>.
        /// <paramref name="alsoListed"/> runs under the name have probably finished without being seen yet: their groups may
        /// be listed before the waiting ones, so the name pages may go that much further (what they hold is kept).
        /// </summary>
        public GroupRead StartRead(ICloudClients clients, IOutputSink sink, int maxConcurrency, int alsoListed, DateTimeOffset now, CancellationToken ct)
        {
            var batch = _waiting.ToList();
            _waiting.Clear();
            var held = new HeldSink(sink);
            var seen = new List<SnapshotGroupRecord>();
            var ids = batch.Select(r => r.Log.SnapshotGroupId).Where(id => id != null).Cast<string>();
            var task = SnapshotGroupFetcher.FetchAsync(clients, RegionId, GroupName, ids, held, maxConcurrency, ct, seen, alsoListed);
            Reading = new GroupRead(batch, task, seen, held, now);
            return Reading;
        }

        /// <summary>
        /// The read ended: keeps what it saw, writes its held messages, and pairs each run of the batch with its group
        /// (null when not found, or when the read failed, which a warning names: the log is the fallback then).
        /// </summary>
        public List<(FinishedRun Run, SnapshotGroupRecord? Group)> Finish(GroupRead read, IOutputSink sink)
        {
            Reading = null;
            read.Notes.Release();
            IReadOnlyDictionary<string, SnapshotGroupRecord> found;
            if (read.Task.Status == TaskStatus.RanToCompletion)
            {
                found = read.Task.Result;
                foreach (var group in read.Seen)
                {
                    if (!_seen.TryGetValue(group.SnapshotGroupId, out var known) || known.ReadAt < read.StartedAt)
                        _seen[group.SnapshotGroupId] = (group, read.StartedAt);
                }
            }
            else
            {
                if (read.Task.IsFaulted && !(read.Task.Exception!.GetBaseException() is OperationCanceledException))
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(read.Task.Exception.GetBaseException()).Throw();
                found = new Dictionary<string, SnapshotGroupRecord>();
                var ids = read.Batch.Select(r => r.Log.SnapshotGroupId).Where(id => id != null).ToList();
                sink.WriteWarning("Could not read snapshot groups " + string.Join(", ", ids.Take(20)) + (ids.Count > 20 ? ", ..." : "") +
                    " before the deadline; their consistency is taken from the plug-in's log instead of the snapshot tags.");
            }
            return read.Batch.Select(run =>
            {
                var id = run.Log.SnapshotGroupId;
                if (id == null || !found.TryGetValue(id, out var group)) return (run, (SnapshotGroupRecord?)null);
                _seen.Remove(id);
                return (run, group);
            }).ToList();
        }

        /// <summary>The waiting runs, taken without a read (the wait ends): written from their log.</summary>
        public List<FinishedRun> TakeWaiting()
        {
            var all = _waiting.ToList();
            _waiting.Clear();
            return all;
        }
    }

    /// <summary>One read of snapshot groups under way for a batch of finished runs.</summary>
    internal sealed class GroupRead
    {
        public GroupRead(IReadOnlyList<FinishedRun> batch, Task<IReadOnlyDictionary<string, SnapshotGroupRecord>> task,
            IReadOnlyList<SnapshotGroupRecord> seen, HeldSink notes, DateTimeOffset startedAt)
        {
            Batch = batch;
            Task = task;
            Seen = seen;
            Notes = notes;
            StartedAt = startedAt;
        }

        public IReadOnlyList<FinishedRun> Batch { get; }
        public Task<IReadOnlyDictionary<string, SnapshotGroupRecord>> Task { get; }
        /// <summary>Every record the read's answers held; complete once the task is.</summary>
        public IReadOnlyList<SnapshotGroupRecord> Seen { get; }
        public HeldSink Notes { get; }
        public DateTimeOffset StartedAt { get; }
    }
}
