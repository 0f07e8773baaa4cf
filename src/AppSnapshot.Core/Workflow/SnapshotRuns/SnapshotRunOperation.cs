using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// New-AppConsistentSnapshotGroup: runs the plug-in on many instances with as few RunCommand
    /// calls as possible, then (unless NoWait) waits for and classifies every result.
    /// Writes <see cref="SnapshotInvocation"/> (NoWait) or <see cref="AppSnapshotResult"/> objects.
    /// </summary>
    public sealed class SnapshotRunOperation
    {
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;

        public SnapshotRunOperation(AcsSession session, WorkflowSettings? settings = null)
            : this(new SessionClients(session), settings) { }

        public SnapshotRunOperation(ICloudClients clients, WorkflowSettings? settings = null)
        {
            _clients = clients ?? throw new ArgumentNullException(nameof(clients));
            _settings = settings ?? WorkflowSettings.Default;
        }

        public async Task RunAsync(SnapshotRunRequest request, IOutputSink sink, CancellationToken ct)
        {
            if (request.Instances.Count == 0) throw new ArgumentException("Name at least one instance.", "InstanceId");
            if (request.TimeoutSeconds <= 0) throw new ArgumentOutOfRangeException("TimeoutSeconds", "TimeoutSeconds must be positive.");
            var planner = new SnapshotCommandPlanner(request, request.Name ?? DefaultGroupName.At(_settings.Clock.UtcNow));
            planner.Validate();

            var prepared = new List<(string RegionId, string InstanceId, PluginCommandLine Command)>();
            foreach (var region in InstanceTarget.ByRegion(request.Instances, _clients))
            {
                var regionId = region.RegionId;
                var ids = region.InstanceIds;
                var instances = await InstanceDirectory.ReadAsync(_clients, regionId, ids, request.RamRoleName == null, sink, ct).ConfigureAwait(false);
                var runnable = ids.Where(instances.ContainsKey).Select(id => instances[id]).Where(i => IsRunnable(i, request, sink)).ToList();
                foreach (var instance in await CloudAssistantGate.HealthyAsync(_clients, regionId, runnable, sink, ct).ConfigureAwait(false))
                {
                    if (!sink.ShouldProcess(instance.InstanceId, "Create application-consistent snapshot group '" + planner.GroupName + "'")) continue;
                    prepared.Add((regionId, instance.InstanceId, planner.Build(instance.PlatformValue, request.RamRoleName ?? instance.RamRoleName!)));
                }
            }
            WarnAboutIgnoredOptions(request, prepared, sink);

            var watched = new List<WatchedInvocation>();
            try
            {
                foreach (var batch in RunCommandBatcher.Plan(prepared))
                {
                    var started = await StartAsync(batch, planner.GroupName, request.NoWait, sink, ct).ConfigureAwait(false);
                    if (started != null) watched.Add(started);
                }
            }
            catch (OperationCanceledException cancelled) when (ct.IsCancellationRequested)
            {
                // Batches already started keep running: name them so that nothing started is lost.
                var going = watched.SelectMany(w => w.InstanceIds.Select(id => new PendingInvocation(w.RegionId, w.InvokeId, id, w.GroupName))).ToList();
                throw RunsLeftBehind.Cancelled(going, _settings.PendingInvocations, sink, cancelled);
            }
            if (request.NoWait || watched.Count == 0) return;

            await new InvocationWatcher(_clients, _settings).WatchAsync(watched, new WatchOptions
            {
                Timeout = TimeSpan.FromSeconds(request.TimeoutSeconds),
                RequireApplicationConsistent = request.RequireApplicationConsistent,
            }, sink, ct).ConfigureAwait(false);
        }

        private static bool IsRunnable(EcsInstance instance, SnapshotRunRequest request, IOutputSink sink)
        {
            if (PlatformDetector.FromOSType(instance.OSType) == null)
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.UnknownPlatform, ErrorKind.InvalidData,
                    instance.InstanceId + " reports OS type '" + instance.OSType + "'; the plug-in runs on Linux and Windows only.", instance,
                    "Run " + CmdletNames.TestPrerequisite + " on the instance to see which requirements it misses."));
                return false;
            }
            if (!string.Equals(instance.Status, "Running", StringComparison.OrdinalIgnoreCase))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.InstanceNotRunning, ErrorKind.InvalidOperation,
                    instance.InstanceId + " is " + instance.Status + "; the plug-in runs inside the guest, so the instance must be Running.", instance,
                    "Start the instance and run the command again."));
                return false;
            }
            var role = request.RamRoleName ?? instance.RamRoleName;
            if (string.IsNullOrEmpty(role))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.RamRoleNotAttached, ErrorKind.InvalidOperation,
                    instance.InstanceId + " has no instance RAM role; the plug-in needs one to create snapshots.", instance,
                    "Run " + CmdletNames.InitializeRole + ", then " + CmdletNames.AttachInstanceRole + " -InstanceId " + instance.InstanceId + "."));
                return false;
            }
            return true;
        }

        /// <summary>
        /// Starts one batch and registers it the moment it is known to run. A lost answer is reconciled: the run is
        /// looked up by its tag, so "failed, run it again" is said only when nothing was started.
        /// </summary>
        private async Task<WatchedInvocation?> StartAsync(RunCommandBatch batch, string groupName, bool noWait, IOutputSink sink, CancellationToken ct)
        {
            var ecs = _clients.Ecs(batch.RegionId);
            var args = RunCommandSubmitter.Prepare(batch, groupName);
            Api.RunCommandResult? started;
            try
            {
                started = await RunCommandSubmitter.SubmitAsync(ecs, args, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (LostAnswers.MayHaveChanged(ex))
            {
                started = await FindAfterLostAnswerAsync(ecs, batch, args.ClientToken, groupName, ex, sink, ct).ConfigureAwait(false);
                if (started == null) return null;
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                // One ineligible instance fails the whole call: report it against every instance of the batch.
                foreach (var id in batch.InstanceIds) sink.WriteError(ApiErrors.ToError(ex, id, "Starting the plug-in (RunCommand)", WorkflowErrorIds.RunCommandFailed));
                return null;
            }
            // Registered at once, so that a stop, a time-out or an outage from here on cannot lose it.
            foreach (var id in batch.InstanceIds) _settings.PendingInvocations.Add(new PendingInvocation(batch.RegionId, started.InvokeId, id, groupName));
            sink.WriteVerbose("Started " + started.InvokeId + " on " + batch.InstanceIds.Count + " " + batch.Command.Platform + " instance(s) in " + batch.RegionId + ".");
            if (noWait)
            {
                foreach (var id in batch.InstanceIds)
                {
                    sink.WriteObject(new SnapshotInvocation
                    {
                        InstanceId = id,
                        RegionId = batch.RegionId,
                        InvokeId = started.InvokeId,
                        CommandId = started.CommandId,
                        PlatformValue = batch.Command.Platform,
                        GroupName = groupName,
                        RequestId = started.RequestId,
                    });
                }
            }
            return new WatchedInvocation(batch.RegionId, started.InvokeId, batch.InstanceIds, groupName, started.RequestId);
        }

        private async Task<Api.RunCommandResult?> FindAfterLostAnswerAsync(Client.IRpcClient ecs, RunCommandBatch batch, string runTag, string groupName,
            Exception lost, IOutputSink sink, CancellationToken ct)
        {
            sink.WriteVerbose("RunCommand's answer was lost (" + lost.Message + "); looking for the run by its tag " + runTag + ".");
            Api.RunCommandResult? found;
            try
            {
                found = await RunCommandSubmitter.FindAsync(ecs, runTag, ct).ConfigureAwait(false);
            }
            catch (Exception lookup) when (ApiErrors.IsApiFailure(lookup))
            {
                foreach (var id in batch.InstanceIds)
                {
                    _settings.PendingInvocations.Add(PendingInvocation.Unresolved(batch.RegionId, runTag, id, groupName));
                    sink.WriteError(new OperationError(WorkflowErrorIds.RunOutcomeUnknown, ErrorKind.ConnectionError,
                        id + ": RunCommand's answer was lost (" + lost.Message + ") and looking for the run failed too (" + lookup.Message +
                        "), so the plug-in may be running. The run is registered under its tag " + runTag + ".", id,
                        "Do not start it again: run " + CmdletNames.GetResult + " -Wait (no arguments) once the endpoint answers, to find the run and collect its result.", lost));
                }
                return null;
            }
            if (found == null)
            {
                foreach (var id in batch.InstanceIds)
                {
                    sink.WriteError(new OperationError(WorkflowErrorIds.RunCommandFailed, ErrorKind.ConnectionError,
                        id + ": the plug-in was not started: RunCommand's answer was lost (" + lost.Message + ") and no run carries its tag " + runTag + ".", id,
                        "Nothing was started on this instance; run the command again.", lost));
                }
                return null;
            }
            sink.WriteVerbose("Found the run " + found.InvokeId + " by its tag: it was started, once.");
            return found;
        }

        private static void WarnAboutIgnoredOptions(SnapshotRunRequest request, List<(string RegionId, string InstanceId, PluginCommandLine Command)> prepared, IOutputSink sink)
        {
            var platforms = new HashSet<Platform>(prepared.Select(p => p.Command.Platform));
            if (prepared.Count == 0) return;
            if (request.EnableWriters.HasValue && !platforms.Contains(Platform.Windows))
                sink.WriteWarning("-" + SnapshotParameterNames.ExcludeWriters + " applies to Windows instances only; none of the instances is Windows.");
            if ((request.EnableFsFreeze.HasValue || request.FreezeTimeoutInSeconds.HasValue || request.ScriptTimeoutInSeconds.HasValue) && !platforms.Contains(Platform.Linux))
                sink.WriteWarning("-" + SnapshotParameterNames.NoFsFreeze + ", -" + SnapshotParameterNames.FreezeTimeout + " and -" + SnapshotParameterNames.ScriptTimeout + " apply to Linux instances only; none of the instances is Linux.");
        }
    }
}
