using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Api
{
    /// <summary>DescribeDisks and ResetDisks.</summary>
    public sealed class DisksApi
    {
        /// <summary>
        /// DescribeDisks filters by one instance only. Past this many instances, listing the whole
        /// region (500 disks per page) costs fewer calls than asking per instance.
        /// </summary>
        internal const int PerInstanceQueryLimit = 5;
        private const int RegionPageSize = 500;
        private readonly IRpcClient _ecs;

        public DisksApi(IRpcClient ecs) => _ecs = ecs;

        /// <summary>The disks attached to each instance (multi-attach disks appear under every instance they serve).</summary>
        public async Task<IReadOnlyDictionary<string, List<DiskRecord>>> DescribeDisksByInstanceAsync(
            IReadOnlyCollection<string> instanceIds, CancellationToken ct)
        {
            var wanted = new HashSet<string>(instanceIds);
            var disks = new List<DiskRecord>();
            if (wanted.Count <= PerInstanceQueryLimit)
            {
                foreach (var id in wanted)
                {
                    disks.AddRange(await ListAsync(r => r.Add("InstanceId", id).About("the disks of " + id), ct).ConfigureAwait(false));
                }
            }
            else
            {
                disks.AddRange(await ListRegionAsync(wanted.Count, ct).ConfigureAwait(false));
            }
            return ByInstance(disks, wanted);
        }

        /// <summary>
        /// Every disk of the region (500 per call), read for <paramref name="forInstances"/> instances. The paging is
        /// sequential, so the system disks and the data disks are listed as two listings at the same time: the same
        /// number of calls in about half the time.
        /// </summary>
        public async Task<List<DiskRecord>> ListRegionAsync(int forInstances, CancellationToken ct)
        {
            var listings = await Task.WhenAll(new[] { "system", "data" }.Select(type =>
                ListAsync(r => r.Add("DiskType", type).About("every " + type + " disk of the region, for " + Counted.Of(forInstances, "instance")), ct))).ConfigureAwait(false);
            return listings.SelectMany(l => l).ToList();
        }

        /// <summary>
        /// The disks of each of <paramref name="instanceIds"/>, by the instance they are attached to (one or several): the
        /// system disk first, then the data disks by id, however the listing ordered them.
        /// </summary>
        public static IReadOnlyDictionary<string, List<DiskRecord>> ByInstance(IEnumerable<DiskRecord> disks, IEnumerable<string> instanceIds)
        {
            var byInstance = instanceIds.Distinct().ToDictionary(id => id, _ => new List<DiskRecord>());
            foreach (var disk in disks)
            {
                var owners = new HashSet<string>(disk.AttachedInstanceIds);
                if (!string.IsNullOrEmpty(disk.InstanceId)) owners.Add(disk.InstanceId);
                foreach (var owner in owners)
                {
                    if (byInstance.TryGetValue(owner, out var list) && list.All(d => d.DiskId != disk.DiskId)) list.Add(disk);
                }
            }
            foreach (var list in byInstance.Values)
            {
                list.Sort((a, b) => IsSystem(a) != IsSystem(b) ? (IsSystem(a) ? -1 : 1) : string.CompareOrdinal(a.DiskId, b.DiskId));
            }
            return byInstance;
        }

        private static bool IsSystem(DiskRecord disk) => string.Equals(disk.Type, "system", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>Resets disks from snapshots, 10 disks per call. Returns one progress entry per disk.</summary>
        public async Task<IReadOnlyList<OperationProgress>> ResetDisksAsync(IEnumerable<DiskReset> disks, CancellationToken ct)
        {
            var results = new List<OperationProgress>();
            foreach (var chunk in Batches.Chunk(disks, Batches.ResetDisks))
            {
                var request = ApiRequests.Ecs(_ecs, "ResetDisks").About(Counted.Ids(chunk.Select(d => d.DiskId), "disk"));
                for (var i = 0; i < chunk.Count; i++)
                {
                    request.Add("Disk." + (i + 1) + ".DiskId", chunk[i].DiskId).Add("Disk." + (i + 1) + ".SnapshotId", chunk[i].SnapshotId);
                }
                var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
                results.AddRange(OperationProgressReader.Read(response.Body));
            }
            return results;
        }

        private Task<List<DiskRecord>> ListAsync(System.Func<RpcRequest, RpcRequest> filter, CancellationToken ct) =>
            TokenPager.ReadAllAsync(_ecs,
                () => filter(ApiRequests.Ecs(_ecs, "DescribeDisks").Add("MaxResults", (long)RegionPageSize)),
                ReadDisks, ct);

        private static IEnumerable<DiskRecord> ReadDisks(JsonObject body) =>
            body.GetList("Disks", "Disk").Select(d => new DiskRecord
            {
                DiskId = ApiValues.Text(d, "DiskId"),
                DiskName = ApiValues.Text(d, "DiskName"),
                Type = ApiValues.Text(d, "Type"),
                Category = ApiValues.Text(d, "Category"),
                SizeGiB = d.GetInt64("Size") ?? 0,
                Status = ApiValues.Text(d, "Status"),
                InstanceId = ApiValues.Text(d, "InstanceId"),
                AttachedInstanceIds = d.GetList("Attachments", "Attachment")
                    .Select(a => a.GetString("InstanceId") ?? "").Where(s => s.Length > 0).ToList(),
                ZoneId = ApiValues.Text(d, "ZoneId"),
                MultiAttach = ApiValues.Text(d, "MultiAttach"),
                SourceSnapshotId = ApiValues.Text(d, "SourceSnapshotId"),
            });
    }
}
