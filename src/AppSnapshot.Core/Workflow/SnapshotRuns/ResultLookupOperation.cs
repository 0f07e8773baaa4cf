using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Connection;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>Get-AppSnapshotResult's parameters. No invocations: the runs a previous wait left behind.</summary>
    public sealed class ResultLookupRequest
    {
        public IList<InvocationTarget> Invocations { get; } = new List<InvocationTarget>();
        /// <summary>Wait for unfinished runs instead of reporting only the finished ones.</summary>
        public bool Wait { get; set; }
        public int TimeoutSeconds { get; set; } = 3600;
        public bool RequireApplicationConsistent { get; set; }
    }

    /// <summary>An InvokeId (from a <see cref="SnapshotInvocation"/> or typed), optionally narrowed to one instance.</summary>
    public sealed class InvocationTarget
    {
        public InvocationTarget(string invokeId, string? instanceId = null, string? regionId = null)
        {
            if (string.IsNullOrWhiteSpace(invokeId)) throw new ArgumentException("An InvokeId is required.", "InvokeId");
            InvokeId = invokeId.Trim();
            InstanceId = string.IsNullOrWhiteSpace(instanceId) ? null : instanceId!.Trim();
            RegionId = string.IsNullOrWhiteSpace(regionId) ? null : regionId!.Trim();
        }

        public string InvokeId { get; }
        public string? InstanceId { get; }
        public string? RegionId { get; }
    }

    /// <summary>
    /// Get-AppSnapshotResult: reads (and optionally waits for) plug-in runs and writes one
    /// <see cref="AppSnapshotResult"/> per finished instance, classified exactly like the run does.
    /// Without Wait, unfinished runs are reported by a warning and kept in the pending registry.
    /// </summary>
    public sealed class ResultLookupOperation
    {
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;

        public ResultLookupOperation(AcsSession session, WorkflowSettings? settings = null)
            : this(new SessionClients(session), settings) { }

        public ResultLookupOperation(ICloudClients clients, WorkflowSettings? settings = null)
        {
            _clients = clients ?? throw new ArgumentNullException(nameof(clients));
            _settings = settings ?? WorkflowSettings.Default;
        }

        public async Task RunAsync(ResultLookupRequest request, IOutputSink sink, CancellationToken ct)
        {
            if (request.Invocations.Count == 0) await ResolveLostRunsAsync(sink, ct).ConfigureAwait(false);
            var watched = request.Invocations.Count > 0 ? FromTargets(request.Invocations) : FromRegistry();
            if (watched.Count == 0)
            {
                if (request.Invocations.Count == 0 && _settings.PendingInvocations.Count == 0)
                    sink.WriteWarning("No InvokeId was given and no earlier wait left runs behind; pass -InvokeId or pipe the output of New-AppConsistentSnapshotGroup -NoWait.");
                return;
            }
            var watcher = new InvocationWatcher(_clients, _settings);
            await watcher.WatchAsync(watched, new WatchOptions
            {
                Timeout = TimeSpan.FromSeconds(Math.Max(1, request.TimeoutSeconds)),
                SingleLook = !request.Wait,
                PollImmediately = true,
                RequireApplicationConsistent = request.RequireApplicationConsistent,
                Activity = "Reading application-consistent snapshot results",
            }, sink, ct).ConfigureAwait(false);
        }

        /// <summary>
        /// Runs registered by their tag only (RunCommand's answer and the lookup after it were both lost): find them now.
        /// A tag no run carries means nothing was started; a lookup that fails again leaves them registered, with an error.
        /// </summary>
        private async Task ResolveLostRunsAsync(IOutputSink sink, CancellationToken ct)
        {
            foreach (var lost in _settings.PendingInvocations.Snapshot().Where(p => !p.IsResolved).GroupBy(p => (p.RegionId, p.RunTag)))
            {
                var instances = lost.Select(p => p.InstanceId).ToList();
                Api.RunCommandResult? found;
                try
                {
                    found = await RunCommandSubmitter.FindAsync(_clients.Ecs(lost.Key.RegionId), lost.Key.RunTag!, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
                {
                    foreach (var id in instances)
                        sink.WriteError(RunsLeftBehind.StatusUnknown(RunsLeftBehind.Target(lost.Key.RegionId, "(run tagged " + lost.Key.RunTag + ")", id, lost.First().GroupName), ex, false));
                    continue;
                }
                if (found == null)
                {
                    _settings.PendingInvocations.Forget(lost.Key.RunTag!);
                    foreach (var id in instances)
                    {
                        sink.WriteError(new OperationError(WorkflowErrorIds.RunCommandFailed, ErrorKind.ObjectNotFound,
                            id + ": the run whose RunCommand answer was lost was never started (no run carries its tag " + lost.Key.RunTag + ").", id,
                            "Run New-AppConsistentSnapshotGroup again for this instance."));
                    }
                    continue;
                }
                _settings.PendingInvocations.Resolve(lost.Key.RunTag!, found.InvokeId);
                sink.WriteVerbose("The run tagged " + lost.Key.RunTag + " is " + found.InvokeId + ".");
            }
        }

        private List<WatchedInvocation> FromTargets(IEnumerable<InvocationTarget> targets) =>
            targets
                .GroupBy(t => (Region: _clients.RegionOrDefault(t.RegionId), t.InvokeId))
                .Select(g => new WatchedInvocation(g.Key.Region, g.Key.InvokeId,
                    g.Any(t => t.InstanceId == null) ? Enumerable.Empty<string>() : g.Select(t => t.InstanceId!)))
                .ToList();

        private List<WatchedInvocation> FromRegistry() =>
            _settings.PendingInvocations.Snapshot()
                .Where(p => p.IsResolved)
                .GroupBy(p => (p.RegionId, p.InvokeId))
                .Select(g => new WatchedInvocation(g.Key.RegionId, g.Key.InvokeId, g.Select(p => p.InstanceId), g.First().GroupName))
                .ToList();
    }
}
