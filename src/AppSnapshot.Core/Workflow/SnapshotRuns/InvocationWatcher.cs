using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Groups;
using PluginLog = AppSnapshot.Plugin.PluginLog;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// Watches plug-in runs as they are started (an <see cref="InvocationFeed"/>) and writes each instance's result
    /// once. Each invocation is polled when it is due, not in rounds: while no run has finished, only the oldest open
    /// invocation is looked at (at the adaptive interval); once runs have finished, every invocation is looked at
    /// when runs like it should be over (its start plus the learned duration), and again soon while some of its
    /// instances still run. Polls run concurrently (bounded) and never wait for snapshot-group reads: finished
    /// runs wait on a shelf per (region, group name) and are classified together, at most about half a second
    /// later. The deadline holds even when a call hangs (calls are cut shortly after it). What is still going at
    /// the end stays registered and is named: a warning always, and one error per instance after a time-out or
    /// when its status could never be read. Every (InvokeId, InstanceId) is reported at most once; all writes
    /// happen here, one after another.
    /// </summary>
    internal sealed class InvocationWatcher
    {
        private const int ProgressActivityId = 1;

        /// <summary>
        /// How long past the deadline calls may still take, so that the look due at the deadline itself can be answered;
        /// the wait still ends within a second of -TimeoutSeconds.
        /// </summary>
        private static readonly TimeSpan RoundGrace = TimeSpan.FromMilliseconds(500);

        /// <summary>After a stop, how long the runs already sent may take to reach the feed so that they are named too.</summary>
        private static readonly TimeSpan SettleAfterStop = TimeSpan.FromSeconds(5);

        /// <summary>One wait never exceeds this (timers take at most about 24 days); the loop simply looks again.</summary>
        private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

        private readonly ICloudClients _clients;
        private InvocationFeed _feed = InvocationFeed.Of(Array.Empty<WatchedInvocation>());
        private readonly WorkflowSettings _settings;
        /// <summary>Seen finished (or settled otherwise): never taken again.</summary>
        private readonly HashSet<(string InvokeId, string InstanceId)> _taken = new HashSet<(string, string)>();
        /// <summary>Written (result, or an error that settles it).</summary>
        private readonly HashSet<(string InvokeId, string InstanceId)> _reported = new HashSet<(string, string)>();
        private readonly FinishTimeline _finished = new FinishTimeline();
        private readonly LookSchedule _schedule;
        private readonly List<WatchedInvocation> _invocations = new List<WatchedInvocation>();
        /// <summary>Invocations with instances not seen finished yet.</summary>
        private readonly List<WatchedInvocation> _open = new List<WatchedInvocation>();
        /// <summary>Given up after a non-retryable error: they stay registered but are not waited for.</summary>
        private readonly HashSet<WatchedInvocation> _abandoned = new HashSet<WatchedInvocation>();
        private readonly Dictionary<Task<PollAnswer>, WatchedInvocation> _polls = new Dictionary<Task<PollAnswer>, WatchedInvocation>();
        private readonly GroupShelves _shelves = new GroupShelves();
        private WatchOptions _options = new WatchOptions();
        private IOutputSink _sink = null!;
        private DateTimeOffset _watchStarted;
        private DateTimeOffset _deadline;

        public InvocationWatcher(ICloudClients clients, WorkflowSettings settings)
        {
            _clients = clients;
            _settings = settings;
            _schedule = new LookSchedule(settings.Polling);
        }

        private IClock Clock => _settings.Clock;

        public Task WatchAsync(IReadOnlyList<WatchedInvocation> invocations, WatchOptions options, IOutputSink sink, CancellationToken ct) =>
            WatchAsync(InvocationFeed.Of(invocations), options, sink, ct);

        /// <summary>Returns when the feed is complete and every invocation is reported, or at the deadline, or throws when cancelled.</summary>
        public async Task WatchAsync(InvocationFeed feed, WatchOptions options, IOutputSink sink, CancellationToken ct)
        {
            _options = options;
            _sink = sink;
            _feed = feed;
            _watchStarted = Clock.UtcNow;
            _deadline = _watchStarted + options.Timeout;
            using (var calls = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                try
                {
                    await WatchUntilDoneAsync(feed, calls, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException cancelled) when (ct.IsCancellationRequested)
                {
                    calls.Cancel();
                    await feed.SettleAsync(SettleAfterStop).ConfigureAwait(false);
                    TakeArrivals(feed);
                    throw RunsLeftBehind.Cancelled(StillGoing(_invocations.Where(i => !_abandoned.Contains(i))), _settings.PendingInvocations, sink, cancelled);
                }
                finally
                {
                    sink.WriteProgress(new ProgressInfo(ProgressActivityId, options.Activity, "Done") { Completed = true });
                }
            }
            if (_open.Count > 0) RunsLeftBehind.End(_open, StillGoing(_open), Unreported, options, _settings.PendingInvocations, sink);
        }

        private async Task WatchUntilDoneAsync(InvocationFeed feed, CancellationTokenSource calls, CancellationToken ct)
        {
            while (true)
            {
                var fed = feed.Changed;
                var feedComplete = TakeArrivals(feed);
                var changed = HandleAnswers(cut: false, ct);
                var now = Clock.UtcNow;
                var pastDeadline = now >= _deadline;
                if (pastDeadline && now >= _deadline + RoundGrace && (_polls.Count > 0 || _shelves.Reads.Any()))
                {
                    await CutAsync(calls, ct).ConfigureAwait(false);
                    return;
                }

                StartDuePolls(now, pastDeadline, calls.Token);
                StartReadyReads(now, pastDeadline, calls.Token);
                if (changed) ReportProgress(now);
                if (_polls.Keys.Any(t => t.IsCompleted) || _shelves.Reads.Any(r => r.Task.IsCompleted)) continue;
                if (IsOver(feedComplete, pastDeadline)) return;

                var waits = new List<Task>(_polls.Keys);
                waits.AddRange(_shelves.Reads.Select(r => r.Task));
                var callsUnderway = waits.Count > 0;
                if (!feedComplete) waits.Add(fed);
                var next = NextEvent(now, pastDeadline);
                using (var timer = CancellationTokenSource.CreateLinkedTokenSource(ct))
                {
                    // While calls are under way their answers are what moves the wait on, and while runs are on their way to
                    // the feed, their arrival is; the clock only bounds how long it waits for them (a fake
                    // clock would jump to its next moment at once, before any answer or run could arrive).
                    var wait = next.HasValue && next.Value > now ? next.Value - now : TimeSpan.Zero;
                    if (wait > LongestWait) wait = LongestWait;
                    var waitingForArrivals = callsUnderway || (!feedComplete && feed.AnyComing);
                    if (next.HasValue) waits.Add(waitingForArrivals ? Task.Delay(wait, timer.Token) : Clock.Delay(wait, timer.Token));
                    if (waits.Count == 0) return;
                    await Task.WhenAny(waits).ConfigureAwait(false);
                    timer.Cancel();
                }
                ct.ThrowIfCancellationRequested();
            }
        }

        /// <summary>Nothing left to wait for: everything reported, or the one look (or the look at the deadline) done.</summary>
        private bool IsOver(bool feedComplete, bool pastDeadline)
        {
            if (_polls.Count > 0 || _shelves.Busy) return false;
            if (pastDeadline) return _options.SingleLook ? _open.All(i => i.LookedAt) : _open.All(i => i.LookedAtAfterDeadline);
            if (!feedComplete) return false;
            return _options.SingleLook ? _open.All(i => i.LookedAt) : _open.Count == 0;
        }

        /// <summary>Takes what the feed brought; true when the feed is complete.</summary>
        private bool TakeArrivals(InvocationFeed feed)
        {
            var arrived = feed.Take(out var complete);
            foreach (var invocation in arrived)
            {
                if (invocation.StartedAt == default) invocation.StartedAt = Clock.UtcNow;
                invocation.Interval = new AdaptivePollInterval(_settings.Polling);
                _invocations.Add(invocation);
                _open.Add(invocation);
            }
            return complete;
        }

        /// <summary>
        /// When <paramref name="invocation"/> should be looked at next, or null when it waits (being polled, nothing learned
        /// yet and not the oldest, or already looked at as often as this wait looks).
        /// </summary>
        private DateTimeOffset? Due(WatchedInvocation invocation, DateTimeOffset now, bool pastDeadline)
        {
            if (invocation.PollInFlight) return null;
            if (_options.SingleLook) return invocation.LookedAt ? (DateTimeOffset?)null : now;
            if (pastDeadline) return invocation.LookedAtAfterDeadline ? (DateTimeOffset?)null : now;
            if (_options.PollImmediately && !invocation.LookedAt) return _watchStarted;
            return _schedule.Next(invocation, _open);
        }

        private void StartDuePolls(DateTimeOffset now, bool pastDeadline, CancellationToken token)
        {
            var room = MaxConcurrency - _polls.Count;
            if (room <= 0) return;
            var due = _open.Select(i => (Invocation: i, At: Due(i, now, pastDeadline)))
                .Where(d => d.At.HasValue && d.At.Value <= now)
                .OrderBy(d => d.At!.Value).Take(room).Select(d => d.Invocation).ToList();
            foreach (var invocation in due)
            {
                invocation.PollInFlight = true;
                _polls[PollAsync(invocation, token)] = invocation;
            }
        }

        private async Task<PollAnswer> PollAsync(WatchedInvocation invocation, CancellationToken ct)
        {
            var api = new CloudAssistantApi(_clients.Ecs(invocation.RegionId));
            try
            {
                var record = await api.DescribeInvocationAsync(invocation.InvokeId, true, ct).ConfigureAwait(false);
                return new PollAnswer(record, null, Clock.UtcNow);
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                return new PollAnswer(null, ex, Clock.UtcNow);
            }
        }

        /// <summary>Reads the groups of a shelf when its runs have waited long enough, or when no poll of its name will answer soon.</summary>
        private void StartReadyReads(DateTimeOffset now, bool pastDeadline, CancellationToken token) =>
            // Runs on their way to the feed (batches still starting) will most likely finish under the same name too.
            _shelves.StartReady(now, pastDeadline,
                (shelf, until) => _feed.AnyComing || _open.Any(i => GroupShelves.Holds(shelf, i) &&
                    (i.PollInFlight || Due(i, now, pastDeadline) is DateTimeOffset due && due <= until)),
                shelf => ProbablyFinishedUnseen(shelf, now), _clients, _sink, MaxConcurrency, token);

        /// <summary>Instances under the shelf's name not seen finished yet whose run started longer ago than the shortest run took.</summary>
        private int ProbablyFinishedUnseen(SnapshotGroupShelf shelf, DateTimeOffset now)
        {
            if (!_schedule.AnyFinished) return 0;
            return _open.Where(i => GroupShelves.Holds(shelf, i) && i.StartedAt + _schedule.Shortest <= now)
                .Sum(i => i.InstanceIds.Count(id => !_taken.Contains((i.InvokeId, id))));
        }

        /// <summary>The earliest moment something is to be done without an answer arriving: a poll due, a shelf's wait over, the deadline.</summary>
        private DateTimeOffset? NextEvent(DateTimeOffset now, bool pastDeadline)
        {
            if (pastDeadline) return _polls.Count > 0 || _shelves.Reads.Any() ? _deadline + RoundGrace : (DateTimeOffset?)null;
            var next = _deadline;
            if (_polls.Count < MaxConcurrency)
            {
                foreach (var invocation in _open)
                {
                    if (Due(invocation, now, false) is DateTimeOffset due && due < next) next = due;
                }
            }
            if (_shelves.NextReadAt() is DateTimeOffset read && read < next) next = read;
            return next;
        }

        /// <summary>Handles every poll and read that has ended; true when anything was learned or written.</summary>
        private bool HandleAnswers(bool cut, CancellationToken ct)
        {
            var changed = false;
            // Reads first: what they saw may already hold the groups of the runs the polls below find finished.
            foreach (var shelf in _shelves.ReadsEnded())
            {
                if (shelf.Reading!.Task.IsCanceled) ct.ThrowIfCancellationRequested();
                foreach (var (run, group) in shelf.Finish(shelf.Reading, _sink)) Write(run, group);
                foreach (var (run, group) in shelf.TakeKnownWaiting()) Write(run, group);
                changed = true;
            }
            foreach (var done in _polls.Where(p => p.Key.IsCompleted).ToList())
            {
                _polls.Remove(done.Key);
                var invocation = done.Value;
                invocation.PollInFlight = false;
                changed = true;
                if (done.Key.IsCanceled || (done.Key.IsFaulted && done.Key.Exception!.GetBaseException() is OperationCanceledException))
                {
                    ct.ThrowIfCancellationRequested();
                    // Cut after the deadline: when no poll was ever answered, the status is unknown.
                    if (cut && !invocation.EverRead)
                        invocation.LastError ??= new TimeoutException("DescribeInvocations did not answer before the deadline.");
                    continue;
                }
                HandleAnswer(invocation, done.Key.GetAwaiter().GetResult());
            }
            return changed;
        }

        /// <summary>The deadline's grace is over: the calls still waiting are abandoned, and what finished is written from its log.</summary>
        private async Task CutAsync(CancellationTokenSource calls, CancellationToken ct)
        {
            calls.Cancel();
            var pending = _polls.Keys.Cast<Task>().Concat(_shelves.Reads.Select(r => r.Task)).ToList();
            try
            {
                await Task.WhenAll(pending).ConfigureAwait(false);
            }
            catch (Exception) when (pending.All(t => t.IsCompleted))
            {
                // Each outcome is handled below.
            }
            ct.ThrowIfCancellationRequested();
            _sink.WriteVerbose("The deadline passed while polling; the calls still waiting for an answer were abandoned.");
            HandleAnswers(cut: true, ct);
            var unread = _shelves.TakeAllWaiting();
            if (unread.Count > 0)
            {
                _sink.WriteWarning("The snapshot groups of " + string.Join(", ", unread.Take(20).Select(r => r.Record.InstanceId)) + (unread.Count > 20 ? ", ..." : "") +
                    " were not read before the deadline; their consistency is taken from the plug-in's log instead of the snapshot tags.");
                foreach (var run in unread) Write(run, null);
            }
            ReportProgress(Clock.UtcNow);
        }

        private int MaxConcurrency => Math.Max(1, _settings.Polling.MaxConcurrentCalls);

        /// <summary>The run does not exist (typo, other region, expired record): nothing is pending for it.</summary>
        private void ReportNotFound(WatchedInvocation invocation, IOutputSink sink)
        {
            foreach (var target in ErrorTargets(invocation))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.InvocationNotFound, ErrorKind.ObjectNotFound,
                    "Cloud Assistant does not know invocation " + invocation.InvokeId + " in " + invocation.RegionId + ".", target,
                    "Check the InvokeId and the -RegionId; Cloud Assistant keeps invocation records for a limited time."));
            }
            foreach (var id in invocation.InstanceIds)
            {
                _taken.Add((invocation.InvokeId, id));
                _reported.Add((invocation.InvokeId, id));
                _settings.PendingInvocations.Remove(invocation.InvokeId, id);
            }
        }

        /// <summary>An -InstanceId the run never ran on is an error, not a run that stays pending for ever.</summary>
        private void ReportInstancesNotInRun(WatchedInvocation invocation, InvocationRecord record, IOutputSink sink)
        {
            var ran = new HashSet<string>(record.Instances.Select(i => i.InstanceId));
            foreach (var id in Unreported(invocation).Where(id => !ran.Contains(id)))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.InstanceNotInInvocation, ErrorKind.ObjectNotFound,
                    "Invocation " + invocation.InvokeId + " did not run on " + id + "; it ran on " +
                    (ran.Count == 0 ? "no instance" : string.Join(", ", ran.OrderBy(x => x, StringComparer.Ordinal).Take(10)) + (ran.Count > 10 ? ", ..." : "")) + ".",
                    RunsLeftBehind.Target(invocation.RegionId, invocation.InvokeId, id, invocation.GroupName),
                    "Check the -InstanceId, or leave it out to read every instance of the invocation."));
                _taken.Add((invocation.InvokeId, id));
                _reported.Add((invocation.InvokeId, id));
                _settings.PendingInvocations.Remove(invocation.InvokeId, id);
            }
        }

        /// <summary>What one poll says about one invocation: errors, instances not in the run, and the instances that finished.</summary>
        private void HandleAnswer(WatchedInvocation invocation, PollAnswer answer)
        {
            invocation.LookedAt = true;
            if (answer.AnsweredAt >= _deadline) invocation.LookedAtAfterDeadline = true;
            if (answer.Error is AcsApiException api && !api.IsRetryable)
            {
                // Wrong credentials, no permission...: another look cannot help. The run itself may be going, so it stays registered.
                foreach (var target in ErrorTargets(invocation)) _sink.WriteError(ApiErrors.ToError(api, target, "Reading invocation " + invocation.InvokeId));
                _open.Remove(invocation);
                _abandoned.Add(invocation);
                return;
            }
            if (answer.Error != null)
            {
                // The client already retried; a later look tries again until the deadline.
                invocation.LastError = answer.Error;
                invocation.NextLook = answer.AnsweredAt + invocation.Interval!.Next(false);
                _sink.WriteVerbose("Polling " + invocation.InvokeId + " failed for now: " + answer.Error.Message);
                return;
            }
            var record = answer.Record;
            if (record == null)
            {
                ReportNotFound(invocation, _sink);
                _open.Remove(invocation);
                return;
            }

            invocation.EverRead = true;
            if (invocation.InstanceIds.Count == 0)
            {
                foreach (var instance in record.Instances) invocation.InstanceIds.Add(instance.InstanceId);
            }
            ReportInstancesNotInRun(invocation, record, _sink);
            var runningAtLastLook = LookSchedule.IsClose(invocation.LastAnswerAt, answer.AnsweredAt)
                ? new HashSet<string>(invocation.LastStatus.Where(s => !InvocationStatuses.IsFinal(s.Value)).Select(s => s.Key), StringComparer.Ordinal)
                : null;
            invocation.LastAnswerAt = answer.AnsweredAt;
            foreach (var instance in record.Instances) invocation.LastStatus[instance.InstanceId] = instance.InvocationStatus;
            var newlyFinished = record.Instances
                .Where(i => i.IsFinished && invocation.Wants(i.InstanceId) && !_taken.Contains((invocation.InvokeId, i.InstanceId)))
                .GroupBy(i => i.InstanceId).Select(g => g.First())
                .ToList();
            foreach (var instance in newlyFinished)
            {
                _taken.Add((invocation.InvokeId, instance.InstanceId));
                _finished.Add(answer.AnsweredAt - _watchStarted);
                var closely = runningAtLastLook != null && runningAtLastLook.Contains(instance.InstanceId);
                var finishedBy = invocation.StartedAt + _schedule.Learn(invocation, record, instance, answer.AnsweredAt, closely);
                var log = PluginLog.FromBase64(instance.Output);
                // The run may wait a while for its group: keep the parsed log, not the encoded output as well.
                instance.Output = "";
                Shelve(new FinishedRun(invocation, instance, log, answer.AnsweredAt, finishedBy));
            }
            var seenFinished = invocation.InstanceIds.Count(id => _taken.Contains((invocation.InvokeId, id)));
            _schedule.Saw(seenFinished, invocation.InstanceIds.Count);
            if (seenFinished == invocation.InstanceIds.Count) _open.Remove(invocation);
            else invocation.NextLook = answer.AnsweredAt + _schedule.WaitAfter(invocation, answer.AnsweredAt, newlyFinished.Count > 0, _options.SingleLook);
        }

        /// <summary>A run with no group to read, or whose group an earlier read already returned, is written at once; the others wait on their shelf.</summary>
        private void Shelve(FinishedRun run)
        {
            if (run.Log.SnapshotGroupId == null)
            {
                Write(run, null);
                return;
            }
            var shelf = _shelves.Of(run.Invocation);
            var known = shelf.TakeKnown(run);
            if (known != null) Write(run, known);
            else shelf.Put(run);
        }

        private void Write(FinishedRun run, SnapshotGroupRecord? group)
        {
            var invocation = run.Invocation;
            var instance = run.Record;
            if (!_reported.Add((invocation.InvokeId, instance.InstanceId))) return;
            var result = SnapshotResultClassifier.Build(invocation.RegionId, instance, run.Log, group,
                new[] { invocation.RunRequestId ?? "", instance.RequestId, group?.RequestId ?? "" });
            _settings.PendingInvocations.Remove(invocation.InvokeId, instance.InstanceId);
            _sink.WriteObject(result);
            _sink.WriteVerbose(Finished(result));
            var error = SnapshotResultClassifier.ErrorFor(result, _options.RequireApplicationConsistent);
            if (error != null) _sink.WriteError(error);
        }

        private IEnumerable<string> Unreported(WatchedInvocation invocation) =>
            invocation.InstanceIds.Where(id => !_reported.Contains((invocation.InvokeId, id))).ToList();

        /// <summary>What an invocation-wide error is about: each unreported instance, or the invocation when none is known.</summary>
        private IEnumerable<object> ErrorTargets(WatchedInvocation invocation) =>
            invocation.InstanceIds.Count == 0
                ? new object[] { invocation.InvokeId }
                : Unreported(invocation).Select(id => (object)RunsLeftBehind.Target(invocation.RegionId, invocation.InvokeId, id, invocation.GroupName));

        private List<PendingInvocation> StillGoing(IEnumerable<WatchedInvocation> open) =>
            open.SelectMany(i => Unreported(i).Select(id => new PendingInvocation(i.RegionId, i.InvokeId, id, i.GroupName))).ToList();

        /// <summary>How many finished, about how long is left, and which instances are still running.</summary>
        private void ReportProgress(DateTimeOffset now)
        {
            // Finished is what the looks saw finish: a result may still wait a moment for its snapshot group.
            var pending = _invocations.SelectMany(i => i.InstanceIds.Where(id => !_taken.Contains((i.InvokeId, id)))).ToList();
            var finished = _invocations.Sum(i => i.InstanceIds.Count(id => _taken.Contains((i.InvokeId, id))));
            var total = Math.Max(_invocations.Sum(i => i.InstanceIds.Count), finished);
            var nextLook = TimeSpan.Zero;
            if (now < _deadline)
            {
                var due = _open.Select(i => Due(i, now, false)).Where(d => d.HasValue).Select(d => d!.Value).DefaultIfEmpty(now).Min();
                if (due > now) nextLook = due - now;
            }
            var remaining = RemainingTime.Estimate(_finished.Median, pending.Count, now - _watchStarted, nextLook, _deadline - now);
            _sink.WriteProgress(new ProgressInfo(ProgressActivityId, _options.Activity, finished + " of " + total + " instances finished")
            {
                PercentComplete = total == 0 ? 100 : Math.Min(100, finished * 100 / total),
                SecondsRemaining = remaining.HasValue ? (int)Math.Ceiling(remaining.Value.TotalSeconds) : -1,
                CurrentOperation = pending.Count > 0 ? RemainingTime.Pending(pending) : null,
            });
        }

        /// <summary>The verbose line for one finished instance.</summary>
        internal static string Finished(AppSnapshotResult result)
        {
            var what = result.ExitCode == 0 && result.SnapshotGroupId != null
                ? result.Consistency + "-consistent group " + result.SnapshotGroupId
                : result.ExitCode.HasValue ? "exit code " + result.ExitCode + " (" + result.ExitCodeMeaning.TrimEnd('.') + ")"
                : "Cloud Assistant reported " + result.Status + (result.ErrorCode == null ? "" : " (" + result.ErrorCode + ")");
            var freeze = result.FreezeSeconds.HasValue ? ", I/O frozen " + result.FreezeSeconds.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s" : "";
            return result.InstanceId + " finished: " + what + freeze + ".";
        }
    }

    /// <summary>One poll's outcome: the invocation (null when the service does not know it) or the API failure, and when it came.</summary>
    internal sealed class PollAnswer
    {
        public PollAnswer(InvocationRecord? record, Exception? error, DateTimeOffset answeredAt)
        {
            Record = record;
            Error = error;
            AnsweredAt = answeredAt;
        }

        public InvocationRecord? Record { get; }
        public Exception? Error { get; }
        public DateTimeOffset AnsweredAt { get; }
    }
}
