using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Api
{
    /// <summary>DescribeSnapshotGroups, DeleteSnapshotGroup, DescribeSnapshots.</summary>
    public sealed class SnapshotsApi
    {
        private const int PageSize = 100;
        private readonly IRpcClient _ecs;

        public SnapshotsApi(IRpcClient ecs) => _ecs = ecs;

        /// <summary>All pages; group ids beyond 10 are split over several queries.</summary>
        public async Task<IReadOnlyList<SnapshotGroupRecord>> DescribeSnapshotGroupsAsync(SnapshotGroupFilter filter, CancellationToken ct)
        {
            if (filter.SnapshotGroupIds.Count == 0) return await QueryGroupsAsync(filter, null, ct).ConfigureAwait(false);
            var all = new List<SnapshotGroupRecord>();
            foreach (var ids in Batches.Chunk(filter.SnapshotGroupIds.Distinct(), Batches.SnapshotGroupIds))
            {
                all.AddRange(await QueryGroupsAsync(filter, ids, ct).ConfigureAwait(false));
            }
            return all;
        }

        /// <summary>
        /// Up to <paramref name="maxPages"/> pages (MaxResults=100) of the groups the filter matches (at most 10 group ids),
        /// following NextToken; <paramref name="onPage"/> sees each page and returns true to stop reading.
        /// </summary>
        public async Task<IReadOnlyList<SnapshotGroupRecord>> DescribeSnapshotGroupPagesAsync(SnapshotGroupFilter filter, int maxPages,
            Func<IReadOnlyList<SnapshotGroupRecord>, bool> onPage, CancellationToken ct)
        {
            if (filter.SnapshotGroupIds.Count > Batches.SnapshotGroupIds)
                throw new ArgumentException("DescribeSnapshotGroups takes at most " + Batches.SnapshotGroupIds + " group ids per call.", nameof(filter));
            var all = new List<SnapshotGroupRecord>();
            string? token = null;
            for (var page = 0; page < maxPages; page++)
            {
                var request = GroupsRequest(filter, filter.SnapshotGroupIds.Count == 0 ? null : filter.SnapshotGroupIds.ToList()).Add("NextToken", token);
                var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
                var groups = ReadGroups(response.Body).ToList();
                all.AddRange(groups);
                var next = response.Body.GetString("NextToken");
                if (onPage(groups) || string.IsNullOrEmpty(next) || next == token) break;
                token = next;
            }
            return all;
        }

        /// <summary>One progress entry per member snapshot; HTTP 200 can still carry per-snapshot failures.</summary>
        public async Task<IReadOnlyList<OperationProgress>> DeleteSnapshotGroupAsync(string snapshotGroupId, CancellationToken ct)
        {
            var request = ApiRequests.Ecs(_ecs, "DeleteSnapshotGroup").Add("SnapshotGroupId", snapshotGroupId).About(snapshotGroupId);
            var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
            var progress = OperationProgressReader.Read(response.Body);
            return progress.Count > 0 ? progress : new[] { new OperationProgress { OperationStatus = "Success", RequestId = response.RequestId } };
        }

        private Task<List<SnapshotGroupRecord>> QueryGroupsAsync(SnapshotGroupFilter filter, IReadOnlyList<string>? ids, CancellationToken ct) =>
            TokenPager.ReadAllAsync(_ecs, () => GroupsRequest(filter, ids), ReadGroups, ct);

        private RpcRequest GroupsRequest(SnapshotGroupFilter filter, IReadOnlyList<string>? ids)
        {
            var request = ApiRequests.Ecs(_ecs, "DescribeSnapshotGroups")
                .Add("InstanceId", filter.InstanceId)
                .Add("Name", filter.Name)
                .Add("MaxResults", (long)PageSize);
            if (ids != null) request.AddList("SnapshotGroupId", ids);
            return request.About(ids != null ? Counted.Ids(ids, "group")
                : filter.InstanceId != null ? "the groups of " + filter.InstanceId
                : filter.Name != null ? "groups named " + filter.Name : "every group of the region");
        }

        private static IEnumerable<SnapshotGroupRecord> ReadGroups(JsonObject body)
        {
            var requestId = ApiValues.Text(body, "RequestId");
            return body.GetList("SnapshotGroups", "SnapshotGroup").Select(g => new SnapshotGroupRecord
            {
                SnapshotGroupId = ApiValues.Text(g, "SnapshotGroupId"),
                Name = ApiValues.Text(g, "Name"),
                Description = ApiValues.Text(g, "Description"),
                Status = ApiValues.Text(g, "Status"),
                CreationTime = ApiValues.Time(g.GetString("CreationTime")),
                InstanceId = ApiValues.Text(g, "InstanceId"),
                Tags = ApiValues.Tags(g, "Key", "Value"),
                Snapshots = g.GetList("Snapshots", "Snapshot").Select(s => new GroupSnapshotRecord
                {
                    SnapshotId = ApiValues.Text(s, "SnapshotId"),
                    SourceDiskId = ApiValues.Text(s, "SourceDiskId"),
                    SourceDiskType = ApiValues.Text(s, "SourceDiskType"),
                    Progress = ApiValues.Text(s, "Progress"),
                    Available = s.GetBoolean("Available") ?? false,
                    Tags = ApiValues.Tags(s, "Key", "Value"),
                }).ToList(),
                RequestId = requestId,
            }).ToList();
        }
    }
}
