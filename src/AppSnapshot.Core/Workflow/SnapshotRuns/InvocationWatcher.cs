using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Groups;
using PluginLog = AppSnapshot.Plugin.PluginLog;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// Polls plug-in runs once per invocation (not per instance) with an adaptive interval, the
    /// invocations of a round concurrently (bounded), writes each instance's result in the round
    /// that sees it finish. The deadline holds even when a call hangs (the round's calls are cancelled
    /// at it). What is still going at the end stays registered and is named: a warning always, and one
    /// error per instance after a time-out or when its status could never be read.
    /// Every (InvokeId, InstanceId) is reported at most once; all writes happen one after another.
    /// </summary>
    internal sealed class InvocationWatcher
    {
        private const int ProgressActivityId = 1;
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;
        private readonly HashSet<(string InvokeId, string InstanceId)> _reported = new HashSet<(string, string)>();
        private readonly List<TimeSpan> _finishedAfter = new List<TimeSpan>();
        private DateTimeOffset _watchStarted;

        public InvocationWatcher(ICloudClients clients, WorkflowSettings settings)
        {
            _clients = clients;
            _settings = settings;
        }

        /// <summary>Results in the order they finished.</summary>
        public IList<AppSnapshotResult> Results { get; } = new List<AppSnapshotResult>();

        public async Task WatchAsync(InvocationFeed feed, WatchOptions options, IOutputSink sink, CancellationToken ct)
        {
            var all = await feed.AllAsync().ConfigureAwait(false);
            if (all.Count > 0) await WatchAsync(all, options, sink, ct).ConfigureAwait(false);
        }

        public async Task WatchAsync(IReadOnlyList<WatchedInvocation> invocations, WatchOptions options, IOutputSink sink, CancellationToken ct)
        {
            var clock = _settings.Clock;
            _watchStarted = clock.UtcNow;
            var deadline = clock.UtcNow + options.Timeout;
            var open = invocations.ToList();
            var interval = new AdaptivePollInterval(_settings.Polling);
            var wait = options.PollImmediately ? TimeSpan.Zero : interval.Current;
            try
            {
                var first = true;
                while (open.Count > 0)
                {
                    if (!(first && options.PollImmediately))
                    {
                        var remaining = deadline - clock.UtcNow;
                        if (remaining <= TimeSpan.Zero) break;
                        await clock.Delay(wait < remaining ? wait : remaining, ct).ConfigureAwait(false);
                    }
                    first = false;

                    var finishedBefore = _reported.Count;
                    if (!await PollUntilDeadlineAsync(open, deadline - clock.UtcNow, options, sink, ct).ConfigureAwait(false)) break;
                    wait = interval.Next(_reported.Count > finishedBefore);
                    ReportProgress(sink, options, invocations, wait, deadline);
                    if (options.SingleLook) break;
                }
            }
            catch (OperationCanceledException cancelled) when (ct.IsCancellationRequested)
            {
                throw RunsLeftBehind.Cancelled(StillGoing(open), _settings.PendingInvocations, sink, cancelled);
            }
            finally
            {
                sink.WriteProgress(new ProgressInfo(ProgressActivityId, options.Activity, "Done") { Completed = true });
            }
            if (open.Count > 0) EndWithRunsGoing(open, options, sink);
        }

        /// <summary>
        /// How long past the deadline a round may still take, so that the look due at the deadline itself can be answered;
        /// the wait still ends within a second of -TimeoutSeconds.
        /// </summary>
        private static readonly TimeSpan RoundGrace = TimeSpan.FromMilliseconds(500);

        /// <summary>One round whose calls are cancelled shortly after the deadline; false when that cut it short.</summary>
        private async Task<bool> PollUntilDeadlineAsync(List<WatchedInvocation> open, TimeSpan remaining, WatchOptions options, IOutputSink sink, CancellationToken ct)
        {
            using (var round = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                var limit = TimeSpan.FromMilliseconds(int.MaxValue - 1);
                var budget = (remaining <= TimeSpan.Zero ? TimeSpan.Zero : remaining) + RoundGrace;
                round.CancelAfter(budget > limit ? limit : budget);
                try
                {
                    foreach (var done in await PollRoundAsync(open, options, sink, round.Token).ConfigureAwait(false)) open.Remove(done);
                    return true;
                }
                catch (OperationCanceledException cut) when (!ct.IsCancellationRequested && round.IsCancellationRequested)
                {
                    sink.WriteVerbose("The deadline passed while polling; the calls still waiting for an answer were abandoned.");
                    foreach (var invocation in open.Where(i => !i.EverRead))
                        invocation.LastError ??= new TimeoutException("DescribeInvocations did not answer before the deadline.", cut);
                    return false;
                }
            }
        }

        /// <summary>
        /// One round: reads every open invocation (a few calls at a time; the client paces each action),
        /// then classifies everything that finished in one pass, reading snapshot groups once per
        /// (region, group name) for the whole round, and writes the results one after another.
        /// Returns the invocations with nothing left to report.
        /// </summary>
        private async Task<List<WatchedInvocation>> PollRoundAsync(IReadOnlyList<WatchedInvocation> open, WatchOptions options, IOutputSink sink, CancellationToken ct)
        {
            var outcomes = await ConcurrentCalls.RunAsync(open, MaxConcurrency, (invocation, token) =>
                new CloudAssistantApi(_clients.Ecs(invocation.RegionId)).DescribeInvocationAsync(invocation.InvokeId, true, token), ct).ConfigureAwait(false);

            var done = new List<WatchedInvocation>();
            var finished = new List<(WatchedInvocation Invocation, List<InstanceInvocationRecord> Instances)>();
            for (var index = 0; index < open.Count; index++)
            {
                var invocation = open[index];
                var (record, error) = outcomes[index];
                if (error is AcsApiException api && !api.IsRetryable)
                {
                    // Wrong credentials, no permission...: another round cannot help. The run itself may be going, so it stays registered.
                    foreach (var target in ErrorTargets(invocation)) sink.WriteError(ApiErrors.ToError(api, target, "Reading invocation " + invocation.InvokeId));
                    done.Add(invocation);
                    continue;
                }
                if (error != null)
                {
                    // The client already retried; a later round tries again until the deadline.
                    invocation.LastError = error;
                    sink.WriteVerbose("Polling " + invocation.InvokeId + " failed for now: " + error.Message);
                    continue;
                }
                if (record == null)
                {
                    ReportNotFound(invocation, sink);
                    done.Add(invocation);
                    continue;
                }

                invocation.EverRead = true;
                if (invocation.InstanceIds.Count == 0)
                {
                    foreach (var instance in record.Instances) invocation.InstanceIds.Add(instance.InstanceId);
                }
                ReportInstancesNotInRun(invocation, record, sink);
                foreach (var instance in record.Instances) invocation.LastStatus[instance.InstanceId] = instance.InvocationStatus;
                var newlyFinished = record.Instances
                    .Where(i => i.IsFinished && invocation.Wants(i.InstanceId) && !_reported.Contains((invocation.InvokeId, i.InstanceId)))
                    .GroupBy(i => i.InstanceId).Select(g => g.First())
                    .ToList();
                if (newlyFinished.Count > 0) finished.Add((invocation, newlyFinished));
                else if (!Unreported(invocation).Any()) done.Add(invocation);
            }

            if (finished.Count > 0)
            {
                await ReportAsync(finished, options, sink, ct).ConfigureAwait(false);
                done.AddRange(finished.Select(f => f.Invocation).Where(i => !Unreported(i).Any()));
            }
            return done;
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
                _reported.Add((invocation.InvokeId, id));
                _settings.PendingInvocations.Remove(invocation.InvokeId, id);
            }
        }

        private async Task ReportAsync(IReadOnlyList<(WatchedInvocation Invocation, List<InstanceInvocationRecord> Instances)> finished,
            WatchOptions options, IOutputSink sink, CancellationToken ct)
        {
            var logs = new Dictionary<(string InvokeId, string InstanceId), PluginLog>();
            foreach (var (invocation, instances) in finished)
            {
                foreach (var instance in instances) logs[(invocation.InvokeId, instance.InstanceId)] = PluginLog.FromBase64(instance.Output);
            }

            // One lookup per (region, group name) for the whole round: every batch of a run shares the name.
            var groups = new Dictionary<(string RegionId, string GroupName), IReadOnlyDictionary<string, SnapshotGroupRecord>>();
            foreach (var key in finished.GroupBy(f => (f.Invocation.RegionId, GroupName: f.Invocation.GroupName ?? "")))
            {
                var ids = key.SelectMany(f => f.Instances.Select(i => logs[(f.Invocation.InvokeId, i.InstanceId)].SnapshotGroupId))
                    .Where(id => id != null).Cast<string>();
                groups[key.Key] = await SnapshotGroupFetcher.FetchAsync(_clients, key.Key.RegionId, key.Key.GroupName, ids, sink, MaxConcurrency, ct)
                    .ConfigureAwait(false);
            }

            foreach (var (invocation, instances) in finished)
            {
                var found = groups[(invocation.RegionId, invocation.GroupName ?? "")];
                foreach (var instance in instances)
                {
                    var log = logs[(invocation.InvokeId, instance.InstanceId)];
                    var group = log.SnapshotGroupId != null && found.TryGetValue(log.SnapshotGroupId, out var g) ? g : null;
                    var result = SnapshotResultClassifier.Build(invocation.RegionId, instance, log, group,
                        new[] { invocation.RunRequestId ?? "", instance.RequestId, group?.RequestId ?? "" });
                    if (!_reported.Add((invocation.InvokeId, instance.InstanceId))) continue;
                    _settings.PendingInvocations.Remove(invocation.InvokeId, instance.InstanceId);
                    Results.Add(result);
                    _finishedAfter.Add(_settings.Clock.UtcNow - _watchStarted);
                    sink.WriteObject(result);
                    sink.WriteVerbose(Finished(result));
                    var error = SnapshotResultClassifier.ErrorFor(result, options.RequireApplicationConsistent);
                    if (error != null) sink.WriteError(error);
                }
            }
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

        /// <summary>
        /// The loop ended with runs unfinished. After one look without -Wait that is expected (a warning); after a
        /// time-out it is an error per instance. A run whose status could never be read is an error either way.
        /// </summary>
        private void EndWithRunsGoing(IReadOnlyList<WatchedInvocation> open, WatchOptions options, IOutputSink sink)
        {
            var pending = StillGoing(open);
            RunsLeftBehind.Register(pending, _settings.PendingInvocations);
            foreach (var invocation in open)
            {
                // Looked for and never read (outage, credentials): unknown. Not looked for yet: the wait was just too short.
                if (!invocation.EverRead && invocation.LastError != null)
                {
                    var targets = invocation.InstanceIds.Count == 0
                        ? new[] { RunsLeftBehind.Target(invocation.RegionId, invocation.InvokeId, "", invocation.GroupName) }
                        : Unreported(invocation).Select(id => RunsLeftBehind.Target(invocation.RegionId, invocation.InvokeId, id, invocation.GroupName));
                    foreach (var run in targets) sink.WriteError(RunsLeftBehind.StatusUnknown(run, invocation.LastError, !options.SingleLook));
                }
                else if (!options.SingleLook)
                {
                    foreach (var id in Unreported(invocation))
                    {
                        var status = invocation.LastStatus.TryGetValue(id, out var s) && s.Length > 0 ? s : "not looked at yet";
                        sink.WriteError(RunsLeftBehind.TimedOut(RunsLeftBehind.Target(invocation.RegionId, invocation.InvokeId, id, invocation.GroupName), status, options.Timeout));
                    }
                }
            }
            if (pending.Count > 0)
                sink.WriteWarning(RunsLeftBehind.Notice(pending, options.SingleLook ? "was not requested (no -Wait)" : "timed out after " + options.Timeout));
        }

        /// <summary>How many finished, about how long is left, and which instances are still running.</summary>
        private void ReportProgress(IOutputSink sink, WatchOptions options, IReadOnlyList<WatchedInvocation> invocations, TimeSpan nextLook, DateTimeOffset deadline)
        {
            var pending = invocations.SelectMany(Unreported).ToList();
            var total = Math.Max(invocations.Sum(i => i.InstanceIds.Count), _reported.Count);
            var now = _settings.Clock.UtcNow;
            var remaining = RemainingTime.Estimate(_finishedAfter, pending.Count, now - _watchStarted, nextLook, deadline - now);
            sink.WriteProgress(new ProgressInfo(ProgressActivityId, options.Activity, _reported.Count + " of " + total + " instances finished")
            {
                PercentComplete = total == 0 ? 100 : Math.Min(100, _reported.Count * 100 / total),
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
}
