using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Groups
{
    /// <summary>Finds the groups a selection names (ids 10 per call, else by instance or name) and turns them into models.</summary>
    internal static class SnapshotGroupReader
    {
        public static async Task<IReadOnlyList<SnapshotGroup>> ReadAsync(ICloudClients clients, SnapshotGroupSelection selection, IOutputSink sink, CancellationToken ct)
        {
            var ecs = clients.Ecs(selection.RegionId);
            var regionId = selection.RegionId ?? ecs.RegionId ?? "";
            var api = new SnapshotsApi(ecs);
            var exactName = selection.NamePattern != null && selection.NamePattern.IndexOfAny(new[] { '*', '?' }) < 0 ? selection.NamePattern : null;
            var records = new List<SnapshotGroupRecord>();
            if (selection.InstanceIds.Count > 0)
            {
                foreach (var instanceId in selection.InstanceIds.Distinct())
                {
                    var filter = new SnapshotGroupFilter { InstanceId = instanceId, Name = exactName };
                    foreach (var id in selection.SnapshotGroupIds) filter.SnapshotGroupIds.Add(id);
                    records.AddRange(await api.DescribeSnapshotGroupsAsync(filter, ct).ConfigureAwait(false));
                }
            }
            else
            {
                var filter = new SnapshotGroupFilter { Name = exactName };
                foreach (var id in selection.SnapshotGroupIds) filter.SnapshotGroupIds.Add(id);
                records.AddRange(await api.DescribeSnapshotGroupsAsync(filter, ct).ConfigureAwait(false));
            }

            foreach (var missing in selection.SnapshotGroupIds.Where(id => records.All(r => r.SnapshotGroupId != id)))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.SnapshotGroupNotFound, ErrorKind.ObjectNotFound,
                    "Snapshot group " + missing + " was not found in region " + regionId + ".", missing, "Check the id and the -RegionId."));
            }
            var name = selection.NamePattern == null ? null : Wildcard.ToRegex(selection.NamePattern);
            return records
                .GroupBy(r => r.SnapshotGroupId).Select(g => g.First())
                .Where(r => name == null || name.IsMatch(r.Name))
                .Select(r => ToModel(r, regionId))
                .ToList();
        }

        public static SnapshotGroup ToModel(SnapshotGroupRecord r, string regionId)
        {
            var snapshots = r.Snapshots.Select(SnapshotResultClassifier.ToSnapshotInfo).ToList();
            return new SnapshotGroup
            {
                SnapshotGroupId = r.SnapshotGroupId,
                RegionId = regionId,
                Name = r.Name,
                Description = r.Description,
                Status = r.Status,
                CreationTime = r.CreationTime,
                InstanceId = r.InstanceId.Length > 0 ? r.InstanceId : SourceInstance(r) ?? "",
                ConsistencyValue = ConsistencyClassifier.ForGroup(snapshots.Select(s => s.ConsistencyValue)),
                Snapshots = snapshots,
                Tags = r.Tags,
            };
        }

        /// <summary>Groups spanning instances leave InstanceId empty; the system tag on each member names its source.</summary>
        private static string? SourceInstance(SnapshotGroupRecord r) =>
            r.Snapshots.Select(s => s.Tags.TryGetValue("acs:ecs:createFrom", out var from) ? from : null).FirstOrDefault(v => !string.IsNullOrEmpty(v));
    }
}
