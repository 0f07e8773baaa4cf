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

namespace AppSnapshot.Workflow.Groups
{
    /// <summary>
    /// Removes snapshot-consistent groups by id or by retention rules (age, keep the newest N per
    /// instance, name). Asks ShouldProcess per group; writes one <see cref="SnapshotGroupRemoval"/> per group.
    /// </summary>
    public sealed class SnapshotGroupRemovalOperation
    {
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;

        public SnapshotGroupRemovalOperation(AcsSession session, WorkflowSettings? settings = null) : this(new SessionClients(session), settings) { }

        public SnapshotGroupRemovalOperation(ICloudClients clients, WorkflowSettings? settings = null)
        {
            _clients = clients ?? throw new ArgumentNullException(nameof(clients));
            _settings = settings ?? WorkflowSettings.Default;
        }

        public async Task RunAsync(SnapshotGroupRemovalRequest request, IOutputSink sink, CancellationToken ct)
        {
            Validate(request, _settings.Clock.UtcNow);
            var groups = await SnapshotGroupReader.ReadAsync(_clients, request.Selection, sink, ct).ConfigureAwait(false);
            var api = new SnapshotsApi(_clients.Ecs(request.Selection.RegionId));
            foreach (var group in Select(groups, request, _settings.Clock.UtcNow))
            {
                if (!sink.ShouldProcess(group.SnapshotGroupId + " (" + group.Name + ")", "Delete snapshot group and its " + group.Snapshots.Count + " snapshot(s)")) continue;
                IReadOnlyList<OperationProgress> progress;
                try
                {
                    progress = await api.DeleteSnapshotGroupAsync(group.SnapshotGroupId, ct).ConfigureAwait(false);
                }
                catch (Exception lost) when (LostAnswers.MayHaveChanged(lost))
                {
                    var readBack = await DeletedAfterLostAnswerAsync(api, group, lost, sink, ct).ConfigureAwait(false);
                    if (readBack == null) continue;
                    progress = readBack;
                }
                catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
                {
                    sink.WriteError(ApiErrors.ToError(ex, group, "Deleting " + group.SnapshotGroupId, WorkflowErrorIds.SnapshotGroupRemovalFailed));
                    continue;
                }
                var removal = ToRemoval(group, progress);
                sink.WriteObject(removal);
                if (removal.Status != "Removed")
                {
                    sink.WriteError(new OperationError(WorkflowErrorIds.SnapshotGroupRemovalFailed, ErrorKind.InvalidOperation,
                        group.SnapshotGroupId + ": " + string.Join("; ", removal.Snapshots.Where(s => s.ErrorCode != null).Select(s => s.SnapshotId + " " + s.ErrorCode + " " + s.ErrorMessage)),
                        removal, "Snapshots that back a custom image are kept: delete the image first, then run again."));
                }
            }
        }

        /// <summary>
        /// DeleteSnapshotGroup lost its answer: a group that is gone was deleted (by this call); one that is still
        /// there was not. Null when there is nothing to report as removed (an error was written).
        /// </summary>
        private static async Task<IReadOnlyList<OperationProgress>?> DeletedAfterLostAnswerAsync(SnapshotsApi api, SnapshotGroup group, Exception lost,
            IOutputSink sink, CancellationToken ct)
        {
            var filter = new SnapshotGroupFilter();
            filter.SnapshotGroupIds.Add(group.SnapshotGroupId);
            IReadOnlyList<SnapshotGroupRecord> still;
            try
            {
                still = await api.DescribeSnapshotGroupsAsync(filter, ct).ConfigureAwait(false);
            }
            catch (Exception failed) when (ApiErrors.IsApiFailure(failed))
            {
                sink.WriteError(LostAnswers.Unknown(group, "Deleting " + group.SnapshotGroupId, lost, failed, "the group with " + CmdletNames.GetSnapshotGroup + " -SnapshotGroupId " + group.SnapshotGroupId));
                return null;
            }
            if (still.Any(g => g.SnapshotGroupId == group.SnapshotGroupId))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.SnapshotGroupRemovalFailed, ErrorKind.ConnectionError,
                    "Deleting " + group.SnapshotGroupId + ": the answer was lost (" + lost.Message + ") and the group is still there: it was not deleted.", group,
                    "Nothing was deleted; run the command again.", lost));
                return null;
            }
            sink.WriteVerbose("Deleting " + group.SnapshotGroupId + ": the answer was lost; the group is gone, so it was deleted.");
            return group.Snapshots.Select(s => new OperationProgress
            {
                OperationStatus = "Success",
                RelatedItems = new Dictionary<string, string> { ["SnapshotId"] = s.SnapshotId },
            }).DefaultIfEmpty(new OperationProgress { OperationStatus = "Success" }).ToList();
        }

        /// <summary>The groups the retention rules pick, oldest first.</summary>
        internal static IEnumerable<SnapshotGroup> Select(IEnumerable<SnapshotGroup> groups, SnapshotGroupRemovalRequest request, DateTimeOffset now)
        {
            var cutoff = request.OlderThan.HasValue ? now - request.OlderThan.Value : (DateTimeOffset?)null;
            if (request.CreatedBefore.HasValue && (cutoff == null || request.CreatedBefore < cutoff)) cutoff = request.CreatedBefore;
            var candidates = groups.Where(g => cutoff == null || g.CreationTime.HasValue && g.CreationTime < cutoff);
            if (request.KeepLatest.HasValue)
            {
                var spared = new HashSet<string>(groups
                    .GroupBy(g => g.InstanceId)
                    .SelectMany(perInstance => perInstance.OrderByDescending(g => g.CreationTime ?? DateTimeOffset.MinValue).Take(request.KeepLatest.Value))
                    .Select(g => g.SnapshotGroupId));
                candidates = candidates.Where(g => !spared.Contains(g.SnapshotGroupId));
            }
            return candidates.OrderBy(g => g.CreationTime ?? DateTimeOffset.MinValue).ToList();
        }

        private static void Validate(SnapshotGroupRemovalRequest request, DateTimeOffset now)
        {
            var s = request.Selection;
            if (s.SnapshotGroupIds.Count == 0 && s.NamePattern == null && s.InstanceIds.Count == 0 && request.OlderThan == null && request.CreatedBefore == null && request.KeepLatest == null)
                throw new ArgumentException("Say which groups to remove: -SnapshotGroupId, or at least one of -Name, -InstanceId, -OlderThan, -KeepLatest.", "SnapshotGroupId");
            if (request.KeepLatest < 0) throw new ArgumentOutOfRangeException("KeepLatest", "-KeepLatest must be 0 or more.");
            if (request.OlderThan < TimeSpan.Zero) throw new ArgumentOutOfRangeException("OlderThan", "-OlderThan must not be negative.");
            // now - OlderThan must still be a date: [timespan]::MaxValue reaches back past year 1.
            if (request.OlderThan.HasValue && request.OlderThan.Value.Ticks > now.UtcTicks - DateTimeOffset.MinValue.UtcTicks)
                throw new ArgumentOutOfRangeException("OlderThan", "-OlderThan reaches back before the year 1 (" + request.OlderThan.Value.Days +
                    " days); give at most " + (now - DateTimeOffset.MinValue).Days + " days, or use -CreatedBefore.");
        }

        private static SnapshotGroupRemoval ToRemoval(SnapshotGroup group, IReadOnlyList<OperationProgress> progress)
        {
            var snapshots = progress.Select(p => new SnapshotOperationResult
            {
                SnapshotId = p.RelatedItems.TryGetValue("SnapshotId", out var id) ? id : "",
                OperationStatus = p.OperationStatus,
                ErrorCode = string.IsNullOrEmpty(p.ErrorCode) ? null : p.ErrorCode,
                ErrorMessage = string.IsNullOrEmpty(p.ErrorMessage) ? null : p.ErrorMessage,
            }).ToList();
            var failed = progress.Count(p => !p.Succeeded);
            return new SnapshotGroupRemoval
            {
                SnapshotGroupId = group.SnapshotGroupId,
                RegionId = group.RegionId,
                Name = group.Name,
                InstanceId = group.InstanceId,
                Status = failed == 0 ? "Removed" : failed == progress.Count ? "Failed" : "PartiallyRemoved",
                Snapshots = snapshots,
                RequestId = progress.Select(p => p.RequestId).FirstOrDefault(r => !string.IsNullOrEmpty(r)),
            };
        }
    }
}
