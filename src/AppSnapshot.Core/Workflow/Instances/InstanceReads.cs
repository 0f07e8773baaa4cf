using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Client;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Instances
{
    /// <summary>
    /// Instances by id (100 per DescribeInstances) and their roles (50 per DescribeInstanceRamRole), the
    /// calls of a list made several at a time: the client paces each action to the server, so the
    /// concurrency only fills the pace instead of waiting one latency per call.
    /// </summary>
    internal static class InstanceReads
    {
        /// <summary>Calls of one list in flight at once.</summary>
        public const int Concurrency = 8;

        public static async Task<IReadOnlyList<InstanceRecord>> ByIdAsync(IRpcClient ecs, IEnumerable<string> instanceIds, CancellationToken ct)
        {
            var chunks = Batches.Chunk(instanceIds.Distinct(), Batches.DescribeInstancesIds).ToList();
            var api = new InstancesApi(ecs);
            var outcomes = await ConcurrentCalls.RunAsync(chunks, Concurrency, (ids, token) =>
            {
                var filter = new InstanceFilter();
                foreach (var id in ids) filter.InstanceIds.Add(id);
                return api.DescribeInstancesAsync(filter, token);
            }, ct).ConfigureAwait(false);
            return Unwrap(outcomes).SelectMany(r => r).ToList();
        }

        /// <summary>
        /// Instances by id with their roles: each page of 100 ids has its roles read as soon as it arrives,
        /// so the two actions (each paced on its own) overlap instead of following one another.
        /// </summary>
        public static async Task<(IReadOnlyList<InstanceRecord> Records, IReadOnlyDictionary<string, string> Roles)> ByIdWithRolesAsync(
            IRpcClient ecs, IEnumerable<string> instanceIds, CancellationToken ct)
        {
            var chunks = Batches.Chunk(instanceIds.Distinct(), Batches.DescribeInstancesIds).ToList();
            var api = new InstancesApi(ecs);
            var outcomes = await ConcurrentCalls.RunAsync(chunks, Concurrency, async (ids, token) =>
            {
                var filter = new InstanceFilter();
                foreach (var id in ids) filter.InstanceIds.Add(id);
                var records = await api.DescribeInstancesAsync(filter, token).ConfigureAwait(false);
                var roles = records.Count == 0 ? new Dictionary<string, string>() : await RolesAsync(ecs, records.Select(r => r.InstanceId), token).ConfigureAwait(false);
                return new ChunkRead(records, roles);
            }, ct).ConfigureAwait(false);
            var all = Unwrap(outcomes).ToList();
            var merged = new Dictionary<string, string>();
            foreach (var part in all)
            {
                foreach (var pair in part.Roles) merged[pair.Key] = pair.Value;
            }
            return (all.SelectMany(c => c.Records).ToList(), merged);
        }

        private sealed class ChunkRead
        {
            public ChunkRead(IReadOnlyList<InstanceRecord> records, IReadOnlyDictionary<string, string> roles)
            {
                Records = records;
                Roles = roles;
            }

            public IReadOnlyList<InstanceRecord> Records { get; }
            public IReadOnlyDictionary<string, string> Roles { get; }
        }

        /// <summary>Role per instance; an instance without a role is absent from the map.</summary>
        public static async Task<IReadOnlyDictionary<string, string>> RolesAsync(IRpcClient ecs, IEnumerable<string> instanceIds, CancellationToken ct)
        {
            var chunks = Batches.Chunk(instanceIds.Distinct(), Batches.RamRoleDescribeInstances).ToList();
            var api = new InstanceRamRoleApi(ecs);
            var outcomes = await ConcurrentCalls.RunAsync(chunks, Concurrency, (ids, token) => api.DescribeAsync(ids, token), ct).ConfigureAwait(false);
            var roles = new Dictionary<string, string>();
            foreach (var part in Unwrap(outcomes))
            {
                foreach (var pair in part) roles[pair.Key] = pair.Value;
            }
            return roles;
        }

        /// <summary>Results in item order; the first failure fails the whole read, as one sequential read would.</summary>
        private static IEnumerable<T> Unwrap<T>((T? Result, System.Exception? Error)[] outcomes) where T : class
        {
            var failure = outcomes.FirstOrDefault(o => o.Error != null).Error;
            if (failure != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            return outcomes.Select(o => o.Result!);
        }
    }
}
