using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Api
{
    /// <summary>DescribeRegions, DescribeInstances, StopInstance, StartInstance.</summary>
    public sealed class InstancesApi
    {
        private const int PageSize = 100;
        private readonly IRpcClient _ecs;

        public InstancesApi(IRpcClient ecs) => _ecs = ecs;

        /// <summary>All pages; ids beyond 100 are split over several queries.</summary>
        public async Task<IReadOnlyList<InstanceRecord>> DescribeInstancesAsync(InstanceFilter filter, CancellationToken ct)
        {
            if (filter.InstanceIds.Count == 0) return await DescribeOneQueryAsync(filter, null, ct).ConfigureAwait(false);
            var all = new List<InstanceRecord>();
            foreach (var ids in Batches.Chunk(filter.InstanceIds.Distinct(), Batches.DescribeInstancesIds))
            {
                all.AddRange(await DescribeOneQueryAsync(filter, ids, ct).ConfigureAwait(false));
            }
            return all;
        }

        public async Task<string> StopInstanceAsync(string instanceId, bool forceStop, CancellationToken ct)
        {
            var request = ApiRequests.Ecs(_ecs, "StopInstance").Add("InstanceId", instanceId).Add("ForceStop", forceStop).About(instanceId);
            return (await _ecs.CallAsync(request, ct).ConfigureAwait(false)).RequestId;
        }

        public async Task<string> StartInstanceAsync(string instanceId, CancellationToken ct)
        {
            var request = ApiRequests.Ecs(_ecs, "StartInstance").Add("InstanceId", instanceId).About(instanceId);
            return (await _ecs.CallAsync(request, ct).ConfigureAwait(false)).RequestId;
        }

        private Task<List<InstanceRecord>> DescribeOneQueryAsync(InstanceFilter filter, IReadOnlyList<string>? ids, CancellationToken ct)
        {
            RpcRequest NewRequest()
            {
                var request = ApiRequests.Ecs(_ecs, "DescribeInstances")
                    .Add("MaxResults", (long)PageSize)
                    .Add("InstanceName", filter.InstanceName)
                    .Add("Status", filter.Status);
                if (ids != null) request.AddJsonArray("InstanceIds", ids);
                request.About(ids != null ? Counted.Ids(ids, "instance") : "every instance of the region" + (filter.InstanceName != null || filter.Status != null || filter.Tags.Count > 0 ? " that matches the filter" : ""));
                var n = 1;
                foreach (var tag in filter.Tags)
                {
                    request.Add("Tag." + n + ".Key", tag.Key).Add("Tag." + n + ".Value", tag.Value);
                    n++;
                }
                return request;
            }

            return TokenPager.ReadAllAsync(_ecs, NewRequest, body => ReadInstances(body, _ecs.RegionId), ct);
        }

        private static IEnumerable<InstanceRecord> ReadInstances(JsonObject body, string? requestedRegion)
        {
            var requestId = ApiValues.Text(body, "RequestId");
            return body.GetList("Instances", "Instance").Select(i => new InstanceRecord
            {
                InstanceId = ApiValues.Text(i, "InstanceId"),
                InstanceName = ApiValues.Text(i, "InstanceName"),
                RegionId = i.GetString("RegionId") ?? requestedRegion ?? "",
                ZoneId = ApiValues.Text(i, "ZoneId"),
                Status = ApiValues.Text(i, "Status"),
                OSType = ApiValues.Text(i, "OSType"),
                OSName = i.GetString("OSName") ?? "",
                OSNameEn = i.GetString("OSNameEn") ?? "",
                Tags = ApiValues.Tags(i, "TagKey", "TagValue"),
                RequestId = requestId,
            }).ToList();
        }
    }
}
