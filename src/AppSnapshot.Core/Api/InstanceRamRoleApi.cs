using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Api
{
    public sealed class InstanceRoleResult
    {
        public string InstanceId { get; set; } = "";
        public bool Success { get; set; }
        public string Code { get; set; } = "";
        public string Message { get; set; } = "";
        public string RequestId { get; set; } = "";
    }

    /// <summary>Attach/Detach/DescribeInstanceRamRole. All three take InstanceIds as a JSON array.</summary>
    public sealed class InstanceRamRoleApi
    {
        private readonly IRpcClient _ecs;

        public InstanceRamRoleApi(IRpcClient ecs) => _ecs = ecs;

        /// <summary>Per-instance results: the call can succeed as a whole while some instances fail.</summary>
        public async Task<IReadOnlyList<InstanceRoleResult>> AttachAsync(string roleName, IEnumerable<string> instanceIds, CancellationToken ct)
        {
            var results = new List<InstanceRoleResult>();
            foreach (var ids in Batches.Chunk(instanceIds, Batches.RamRoleAttachInstances))
            {
                var request = ApiRequests.Ecs(_ecs, "AttachInstanceRamRole").Add("RamRoleName", roleName).AddJsonArray("InstanceIds", ids)
                    .About(roleName + " to " + Counted.Ids(ids, "instance"));
                var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
                results.AddRange(ReadResults(response.Body, "AttachInstanceRamRoleResults", "AttachInstanceRamRoleResult"));
            }
            return results;
        }

        public async Task<IReadOnlyList<InstanceRoleResult>> DetachAsync(IEnumerable<string> instanceIds, string? roleName, CancellationToken ct)
        {
            var results = new List<InstanceRoleResult>();
            foreach (var ids in Batches.Chunk(instanceIds, Batches.RamRoleAttachInstances))
            {
                var request = ApiRequests.Ecs(_ecs, "DetachInstanceRamRole").Add("RamRoleName", roleName).AddJsonArray("InstanceIds", ids)
                    .About(Counted.Ids(ids, "instance"));
                var response = await _ecs.CallAsync(request, ct).ConfigureAwait(false);
                results.AddRange(ReadResults(response.Body, "DetachInstanceRamRoleResults", "DetachInstanceRamRoleResult"));
            }
            return results;
        }

        /// <summary>Role per instance; an instance without a role is absent from the map. The calls (50 ids each) go out together.</summary>
        public async Task<IReadOnlyDictionary<string, string>> DescribeAsync(IEnumerable<string> instanceIds, CancellationToken ct)
        {
            var pages = await Task.WhenAll(Batches.Chunk(instanceIds.Distinct(), Batches.RamRoleDescribeInstances).Select(async ids =>
            {
                var request = ApiRequests.Ecs(_ecs, "DescribeInstanceRamRole")
                    .AddJsonArray("InstanceIds", ids)
                    .About(Counted.Ids(ids, "instance"))
                    .Add("PageSize", (long)Batches.RamRoleDescribeInstances);
                return (await _ecs.CallAsync(request, ct).ConfigureAwait(false)).Body.GetList("InstanceRamRoleSets", "InstanceRamRoleSet");
            })).ConfigureAwait(false);
            var roles = new Dictionary<string, string>();
            foreach (var set in pages.SelectMany(p => p))
            {
                var id = set.GetString("InstanceId");
                var role = set.GetString("RamRoleName");
                if (!string.IsNullOrEmpty(id) && !string.IsNullOrEmpty(role)) roles[id!] = role!;
            }
            return roles;
        }

        private static IEnumerable<InstanceRoleResult> ReadResults(JsonObject body, string plural, string singular)
        {
            var requestId = ApiValues.Text(body, "RequestId");
            return body.GetList(plural, singular).Select(r => new InstanceRoleResult
            {
                InstanceId = ApiValues.Text(r, "InstanceId"),
                Success = r.GetBoolean("Success") ?? false,
                Code = ApiValues.Text(r, "Code"),
                Message = ApiValues.Text(r, "Message"),
                RequestId = requestId,
            }).ToList();
        }
    }
}
