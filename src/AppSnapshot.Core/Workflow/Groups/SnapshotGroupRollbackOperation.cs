using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Workflow.Groups
{
    /// <summary>
    /// Rolls an instance's disks back to a snapshot-consistent group (ResetDisks, 10 disks per call).
    /// The instance must be Stopped; with StopInstance it is stopped first, and with StartInstance
    /// started afterwards. One ShouldProcess per instance; writes one <see cref="RollbackResult"/> per disk.
    /// </summary>
    public sealed class SnapshotGroupRollbackOperation
    {
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;

        public SnapshotGroupRollbackOperation(AcsSession session, WorkflowSettings? settings = null) : this(new SessionClients(session), settings) { }

        public SnapshotGroupRollbackOperation(ICloudClients clients, WorkflowSettings? settings = null)
        {
            _clients = clients ?? throw new ArgumentNullException(nameof(clients));
            _settings = settings ?? WorkflowSettings.Default;
        }

        public async Task RunAsync(SnapshotGroupRollbackRequest request, IOutputSink sink, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(request.SnapshotGroupId)) throw new ArgumentException("-SnapshotGroupId is required.", "SnapshotGroupId");
            if (request.ForceStop && !request.StopInstance) throw new ArgumentException("-ForceStop applies only together with -StopInstance.", "ForceStop");
            var selection = new SnapshotGroupSelection { RegionId = request.RegionId };
            selection.SnapshotGroupIds.Add(request.SnapshotGroupId);
            var group = (await SnapshotGroupReader.ReadAsync(_clients, selection, sink, ct).ConfigureAwait(false)).FirstOrDefault();
            if (group == null) return;

            var snapshots = PickSnapshots(group, request.DiskIds, sink);
            if (snapshots.Count == 0 || !AllComplete(group, snapshots, sink)) return;
            var ecs = _clients.Ecs(group.RegionId);
            var instances = new InstancesApi(ecs);
            var instance = await ReadInstanceAsync(instances, group, sink, ct).ConfigureAwait(false);
            if (instance == null) return;

            var stopped = string.Equals(instance.Status, "Stopped", StringComparison.OrdinalIgnoreCase);
            if (!stopped && !request.StopInstance)
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.RollbackInstanceNotStopped, ErrorKind.InvalidOperation,
                    instance.InstanceId + " is " + instance.Status + "; disks can be rolled back only while the instance is Stopped.", instance.InstanceId,
                    "Stop the instance first, or pass -StopInstance (and -StartInstance to start it again afterwards)."));
                return;
            }
            var plan = (stopped ? "" : "Stop, then ") + "roll back " + snapshots.Count + " disk(s) from " + group.SnapshotGroupId + " (irreversible)" + (request.StartInstance ? ", then start" : "");
            if (!sink.ShouldProcess(instance.InstanceId, plan)) return;

            if (!stopped && !await StopAsync(instances, instance.InstanceId, instance.Status, request.ForceStop, sink, ct).ConfigureAwait(false)) return;

            var results = await ResetAsync(new DisksApi(ecs), group, instance.InstanceId, snapshots, sink, ct).ConfigureAwait(false);
            foreach (var result in results) sink.WriteObject(result);
            if (request.StartInstance) await StartAsync(instances, instance.InstanceId, sink, ct).ConfigureAwait(false);
        }

        /// <summary>Starts the instance and returns once it runs (progress while it starts), so the next command finds it Running.</summary>
        private async Task StartAsync(InstancesApi instances, string instanceId, IOutputSink sink, CancellationToken ct)
        {
            if (!await InstanceLifecycle.StartAsync(instances, instanceId, sink, ct).ConfigureAwait(false)) return;
            if (await InstanceStateWaiter.WaitForAsync(instances, instanceId, "Running", _settings, sink, ct).ConfigureAwait(false)) return;
            sink.WriteError(new OperationError(WorkflowErrorIds.InstanceStateTimeout, ErrorKind.OperationTimeout,
                instanceId + " was started after the rollback but did not reach Running within " + _settings.InstanceStateTimeout + ".", instanceId,
                "The disks were rolled back. Check the instance in the console (Get-EcsInstance shows its status)."));
        }

        private static List<SnapshotInfo> PickSnapshots(SnapshotGroup group, IList<string> diskIds, IOutputSink sink)
        {
            if (diskIds.Count == 0) return group.Snapshots.ToList();
            foreach (var unknown in diskIds.Where(d => group.Snapshots.All(s => s.SourceDiskId != d)))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.RollbackDiskFailed, ErrorKind.ObjectNotFound,
                    "Disk " + unknown + " has no snapshot in group " + group.SnapshotGroupId + ".", unknown,
                    "Use the SourceDiskId values listed in the group's Snapshots."));
            }
            return group.Snapshots.Where(s => diskIds.Contains(s.SourceDiskId)).ToList();
        }

        /// <summary>ResetDisks refuses unfinished snapshots; finding out before stopping the instance leaves it untouched.</summary>
        private static bool AllComplete(SnapshotGroup group, IList<SnapshotInfo> snapshots, IOutputSink sink)
        {
            var pending = snapshots.Where(s => s.Progress != "100%").ToList();
            if (pending.Count == 0) return true;
            sink.WriteError(new OperationError(WorkflowErrorIds.RollbackSnapshotNotReady, ErrorKind.ResourceBusy,
                group.SnapshotGroupId + " is not complete yet (" + string.Join(", ", pending.Select(s => s.SnapshotId + " " + s.Progress)) + "); nothing was changed.",
                group, "Wait until every snapshot of the group reaches 100% (Get-EcsSnapshotGroup), then run again."));
            return false;
        }

        private static async Task<InstanceRecord?> ReadInstanceAsync(InstancesApi instances, SnapshotGroup group, IOutputSink sink, CancellationToken ct)
        {
            var filter = new InstanceFilter();
            filter.InstanceIds.Add(group.InstanceId);
            var found = group.InstanceId.Length == 0 ? null : (await instances.DescribeInstancesAsync(filter, ct).ConfigureAwait(false)).FirstOrDefault();
            if (found == null)
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.InstanceNotFound, ErrorKind.ObjectNotFound,
                    "The instance of group " + group.SnapshotGroupId + " ('" + group.InstanceId + "') was not found.", group,
                    "Disks can be rolled back only while still attached to the instance the group was taken from."));
            }
            return found;
        }

        private async Task<bool> StopAsync(InstancesApi instances, string instanceId, string status, bool force, IOutputSink sink, CancellationToken ct)
        {
            // An instance still starting refuses StopInstance (IncorrectInstanceStatus): let it finish starting first.
            if ((string.Equals(status, "Starting", StringComparison.OrdinalIgnoreCase) || string.Equals(status, "Pending", StringComparison.OrdinalIgnoreCase))
                && !await InstanceStateWaiter.WaitForAsync(instances, instanceId, "Running", _settings, sink, ct).ConfigureAwait(false))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.InstanceStateTimeout, ErrorKind.OperationTimeout,
                    instanceId + " was " + status + " and did not reach Running within " + _settings.InstanceStateTimeout + " to be stopped; no disk was rolled back.", instanceId,
                    "Check the instance in the console, then run again."));
                return false;
            }
            if (!await InstanceLifecycle.StopAsync(instances, instanceId, force, sink, ct).ConfigureAwait(false)) return false;
            if (await InstanceStateWaiter.WaitForAsync(instances, instanceId, "Stopped", _settings, sink, ct).ConfigureAwait(false)) return true;
            sink.WriteError(new OperationError(WorkflowErrorIds.InstanceStateTimeout, ErrorKind.OperationTimeout,
                instanceId + " did not reach Stopped within " + _settings.InstanceStateTimeout + "; no disk was rolled back.", instanceId,
                "Check the instance in the console (try -ForceStop), then run again."));
            return false;
        }

        private static async Task<List<RollbackResult>> ResetAsync(DisksApi disks, SnapshotGroup group, string instanceId, IList<SnapshotInfo> snapshots, IOutputSink sink, CancellationToken ct)
        {
            var results = new List<RollbackResult>();
            foreach (var chunk in Api.Batches.Chunk(snapshots, Api.Batches.ResetDisks))
            {
                IReadOnlyList<OperationProgress> progress;
                try
                {
                    progress = await disks.ResetDisksAsync(chunk.Select(s => new DiskReset(s.SourceDiskId, s.SnapshotId)), ct).ConfigureAwait(false);
                }
                catch (Exception lost) when (LostAnswers.MayHaveChanged(lost))
                {
                    var readBack = await DiskResetReadBack.AfterLostAnswerAsync(disks, instanceId, chunk, lost, sink, ct).ConfigureAwait(false);
                    if (readBack == null) continue;
                    progress = readBack;
                }
                catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
                {
                    foreach (var s in chunk) sink.WriteError(ApiErrors.ToError(ex, s.SourceDiskId, "Rolling back " + s.SourceDiskId, WorkflowErrorIds.RollbackDiskFailed));
                    continue;
                }
                foreach (var s in chunk)
                {
                    var p = progress.FirstOrDefault(x => x.RelatedItems.TryGetValue("DiskId", out var d) && d == s.SourceDiskId)
                        ?? (progress.Count == 1 && chunk.Count == 1 ? progress[0] : null);
                    var result = new RollbackResult
                    {
                        InstanceId = instanceId,
                        RegionId = group.RegionId,
                        SnapshotGroupId = group.SnapshotGroupId,
                        DiskId = s.SourceDiskId,
                        SnapshotId = s.SnapshotId,
                        OperationStatus = p?.OperationStatus is { Length: > 0 } status ? status : p == null ? "Unknown" : "Success",
                        Succeeded = p != null && p.Succeeded,
                        ErrorCode = string.IsNullOrEmpty(p?.ErrorCode) ? null : p!.ErrorCode,
                        ErrorMessage = string.IsNullOrEmpty(p?.ErrorMessage) ? null : p!.ErrorMessage,
                        RequestId = p?.RequestId,
                    };
                    results.Add(result);
                    if (!result.Succeeded)
                        sink.WriteError(new OperationError(WorkflowErrorIds.RollbackDiskFailed, ErrorKind.InvalidOperation,
                            s.SourceDiskId + " was not rolled back: " + (result.ErrorCode ?? result.OperationStatus) + " " + result.ErrorMessage, result,
                            result.ErrorCode == DiskResetReadBack.LostCode
                                ? "Nothing was changed on this disk; run the command again for it (-DiskId " + s.SourceDiskId + ")."
                                : "The disk must still be attached, with no snapshot in progress; fix that and run again for this disk (-DiskId)."));
                }
            }
            return results;
        }
    }
}
