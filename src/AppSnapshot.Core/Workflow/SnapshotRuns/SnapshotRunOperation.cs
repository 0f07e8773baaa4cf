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

            // Each region's instances go in slices of one RunCommand (100): a slice is read, checked, asked
            // and started on its own, several slices and every region at the same time, so the reads of one
            // slice overlap the RunCommand of another. The client paces each action to the server.
            var slices = InstanceTarget.ByRegion(request.Instances, _clients)
                .SelectMany(region => Batches.Chunk(region.InstanceIds, Batches.RunCommandInstances).Select(ids => (region.RegionId, Ids: ids)))
                .ToList();
            var prepared = new List<(string RegionId, string InstanceId, PluginCommandLine Command)>();
            var startedPerSlice = new List<WatchedInvocation>[slices.Count];
            var failures = new List<Exception>();
            using (var gate = new SemaphoreSlim(SlicesAtOnce))
            {
                await Task.WhenAll(slices.Select(async (slice, index) =>
                {
                    startedPerSlice[index] = new List<WatchedInvocation>();
                    await gate.WaitAsync(ct).ConfigureAwait(false);
                    try
                    {
                        var ready = await PrepareAsync(slice.RegionId, slice.Ids, request, planner, sink, ct).ConfigureAwait(false);
                        lock (prepared) prepared.AddRange(ready);
                        foreach (var batch in RunCommandBatcher.Plan(ready))
                        {
                            var started = await StartAsync(batch, planner.GroupName, request.NoWait, sink, ct).ConfigureAwait(false);
                            if (started != null) startedPerSlice[index].Add(started);
                        }
                    }
                    catch (Exception ex) when (!(ex is OperationCanceledException))
                    {
                        // Other slices may have started already: their runs are still watched, then this fails the command.
                        lock (failures) failures.Add(ex);
                    }
                    finally
                    {
                        gate.Release();
                    }
                })).ConfigureAwait(false);
            }
            WarnAboutIgnoredOptions(request, prepared, sink);
            // Watched in the order of the request, whatever order the slices started in.
            var watched = startedPerSlice.SelectMany(s => s).ToList();
            if (request.NoWait || watched.Count == 0)
            {
                ThrowFirst(failures);
                return;
            }

            await new InvocationWatcher(_clients, _settings).WatchAsync(watched, new WatchOptions
            {
                Timeout = TimeSpan.FromSeconds(request.TimeoutSeconds),
                RequireApplicationConsistent = request.RequireApplicationConsistent,
            }, sink, ct).ConfigureAwait(false);
            ThrowFirst(failures);
        }

        private static void ThrowFirst(List<Exception> failures)
        {
            if (failures.Count > 0) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failures[0]).Throw();
        }

        /// <summary>Slices (of up to 100 instances) being read, checked and started at the same time.</summary>
        private const int SlicesAtOnce = 4;

        /// <summary>One slice: read the instances (and roles), drop those that cannot run, gate on Cloud Assistant, ask.</summary>
        private async Task<List<(string RegionId, string InstanceId, PluginCommandLine Command)>> PrepareAsync(string regionId, IReadOnlyList<string> ids,
            SnapshotRunRequest request, SnapshotCommandPlanner planner, IOutputSink sink, CancellationToken ct)
        {
            var ready = new List<(string RegionId, string InstanceId, PluginCommandLine Command)>();
            var instances = await InstanceDirectory.ReadAsync(_clients, regionId, ids, request.RamRoleName == null, sink, ct).ConfigureAwait(false);
            var runnable = ids.Where(instances.ContainsKey).Select(id => instances[id]).Where(i => IsRunnable(i, request, sink)).ToList();
            foreach (var instance in await CloudAssistantGate.HealthyAsync(_clients, regionId, runnable, sink, ct).ConfigureAwait(false))
            {
                if (!sink.ShouldProcess(instance.InstanceId, "Create application-consistent snapshot group '" + planner.GroupName + "'")) continue;
                ready.Add((regionId, instance.InstanceId, planner.Build(instance.Platform, request.RamRoleName ?? instance.RamRoleName!)));
            }
            return ready;
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

        private async Task<WatchedInvocation?> StartAsync(RunCommandBatch batch, string groupName, bool noWait, IOutputSink sink, CancellationToken ct)
        {
            Api.RunCommandResult started;
            try
            {
                started = await RunCommandSubmitter.SubmitAsync(_clients.Ecs(batch.RegionId), batch, groupName, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                // One ineligible instance fails the whole call: report it against every instance of the batch.
                foreach (var id in batch.InstanceIds) sink.WriteError(ApiErrors.ToError(ex, id, "Starting the plug-in (RunCommand)", WorkflowErrorIds.RunCommandFailed));
                return null;
            }
            sink.WriteVerbose("Started " + started.InvokeId + " on " + batch.InstanceIds.Count + " " + batch.Command.Platform + " instance(s) in " + batch.RegionId + ".");
            if (noWait)
            {
                foreach (var id in batch.InstanceIds)
                {
                    // So that Get-AppSnapshotResult with no arguments finds them too.
                    _settings.PendingInvocations.Add(new PendingInvocation(batch.RegionId, started.InvokeId, id, groupName));
                    sink.WriteObject(new SnapshotInvocation
                    {
                        InstanceId = id,
                        RegionId = batch.RegionId,
                        InvokeId = started.InvokeId,
                        CommandId = started.CommandId,
                        Platform = batch.Command.Platform,
                        GroupName = groupName,
                        RequestId = started.RequestId,
                    });
                }
            }
            return new WatchedInvocation(batch.RegionId, started.InvokeId, batch.InstanceIds, groupName, started.RequestId);
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
