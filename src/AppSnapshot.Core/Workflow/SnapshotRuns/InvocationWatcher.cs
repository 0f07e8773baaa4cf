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
    /// that sees it finish, and on timeout or cancellation registers what is still running.
    /// Every (InvokeId, InstanceId) is reported at most once; all writes happen one after another.
    /// </summary>
    internal sealed class InvocationWatcher
    {
        private const int ProgressActivityId = 1;
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;
        private readonly HashSet<(string InvokeId, string InstanceId)> _reported = new HashSet<(string, string)>();

        public InvocationWatcher(ICloudClients clients, WorkflowSettings settings)
        {
            _clients = clients;
            _settings = settings;
        }

        public async Task WatchAsync(IReadOnlyList<WatchedInvocation> invocations, WatchOptions options, IOutputSink sink, CancellationToken ct)
        {
            var clock = _settings.Clock;
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
                    foreach (var done in await PollRoundAsync(open, options, sink, ct).ConfigureAwait(false)) open.Remove(done);
                    ReportProgress(sink, options, invocations.Sum(i => i.InstanceIds.Count));
                    if (options.SingleLook) break;
                    wait = interval.Next(_reported.Count > finishedBefore);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                LeaveBehind(open, sink, "was cancelled");
                throw;
            }
            finally
            {
                sink.WriteProgress(new ProgressInfo(ProgressActivityId, options.Activity, "Done") { Completed = true });
            }
            if (open.Count > 0) LeaveBehind(open, sink, options.TimeoutDescription ?? "timed out after " + options.Timeout);
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
                    foreach (var id in Unreported(invocation)) sink.WriteError(ApiErrors.ToError(api, id, "Reading invocation " + invocation.InvokeId));
                    done.Add(invocation);
                    continue;
                }
                if (error != null)
                {
                    // The client already retried; a later round tries again until the deadline.
                    sink.WriteVerbose("Polling " + invocation.InvokeId + " failed for now: " + error.Message);
                    continue;
                }
                if (record == null)
                {
                    // An InvokeId given without instances has none to name: the error is about the invocation itself.
                    var targets = invocation.InstanceIds.Count == 0 ? new[] { invocation.InvokeId } : Unreported(invocation);
                    foreach (var target in targets)
                    {
                        sink.WriteError(new OperationError(WorkflowErrorIds.InvocationNotFound, ErrorKind.ObjectNotFound,
                            "Cloud Assistant does not know invocation " + invocation.InvokeId + " in " + invocation.RegionId + ".", target,
                            "Check the InvokeId and the -RegionId; Cloud Assistant keeps invocation records for a limited time."));
                        _reported.Add((invocation.InvokeId, target));
                    }
                    done.Add(invocation);
                    continue;
                }

                if (invocation.InstanceIds.Count == 0)
                {
                    foreach (var instance in record.Instances) invocation.InstanceIds.Add(instance.InstanceId);
                }
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
                    sink.WriteObject(result);
                    var error = SnapshotResultClassifier.ErrorFor(result, options.RequireApplicationConsistent);
                    if (error != null) sink.WriteError(error);
                }
            }
        }

        private IEnumerable<string> Unreported(WatchedInvocation invocation) =>
            invocation.InstanceIds.Where(id => !_reported.Contains((invocation.InvokeId, id))).ToList();

        private void ReportProgress(IOutputSink sink, WatchOptions options, int expected)
        {
            var total = Math.Max(expected, _reported.Count);
            var status = _reported.Count + " of " + total + " instances finished";
            sink.WriteProgress(new ProgressInfo(ProgressActivityId, options.Activity, status)
            {
                PercentComplete = total == 0 ? 100 : Math.Min(100, _reported.Count * 100 / total),
            });
        }

        private void LeaveBehind(IList<WatchedInvocation> open, IOutputSink sink, string why)
        {
            var pending = open.SelectMany(i => Unreported(i).Select(id => new PendingInvocation(i.RegionId, i.InvokeId, id, i.GroupName))).ToList();
            if (pending.Count == 0) return;
            foreach (var p in pending) _settings.PendingInvocations.Add(p);
            sink.WriteWarning("The wait " + why + " with " + pending.Count + " run(s) still going: " +
                string.Join(", ", pending.Take(20).Select(p => p.ToString())) + (pending.Count > 20 ? ", ..." : "") +
                ". They keep running in the cloud; run " + CmdletNames.GetResult + " -Wait (no arguments) to pick up their results.");
        }
    }
}
