using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Instances
{
    /// <summary>
    /// What Get-EcsInstance adds to DescribeInstances, read at the same time: the RAM role
    /// (DescribeInstanceRamRole, 50 instances per call), the Cloud Assistant state
    /// (DescribeCloudAssistantStatus, 100 per call) and the disks (DescribeDisks: one call per
    /// instance up to 5 instances, else the region's disks at 500 per call). Per 100 instances that is
    /// 2 + 1 calls plus the disk listing. A disk or Cloud Assistant lookup the caller may not make is
    /// a warning that leaves that property null; the role lookup fails the command, as before.
    /// </summary>
    internal static class InstanceDetails
    {
        public static async Task FillAsync(IRpcClient ecs, IReadOnlyList<EcsInstance> instances, IOutputSink sink, CancellationToken ct)
        {
            if (instances.Count == 0) return;
            var ids = instances.Select(i => i.InstanceId).ToList();
            var roles = new InstanceRamRoleApi(ecs).DescribeAsync(ids, ct);
            var agents = OrWarnAsync(() => new CloudAssistantApi(ecs).DescribeCloudAssistantStatusAsync(ids, ct), "Cloud Assistant state", "CloudAssistantRunning", sink);
            var disks = OrWarnAsync(() => new DisksApi(ecs).DescribeDisksByInstanceAsync(ids, ct), "disks", "Disks", sink);
            await Task.WhenAll(roles, agents, disks).ConfigureAwait(false);

            var running = agents.Result == null ? null : new HashSet<string>(agents.Result.Where(a => a.IsRunning).Select(a => a.InstanceId));
            foreach (var instance in instances)
            {
                instance.RamRoleName = roles.Result.TryGetValue(instance.InstanceId, out var role) ? role : null;
                if (running != null) instance.CloudAssistantRunning = running.Contains(instance.InstanceId);
                if (disks.Result != null)
                    instance.Disks = (disks.Result.TryGetValue(instance.InstanceId, out var list) ? list : new List<DiskRecord>()).Select(ToModel).ToList();
            }
        }

        private static EcsDisk ToModel(DiskRecord d) =>
            new EcsDisk { DiskId = d.DiskId, Type = d.Type, Category = d.Category, SizeGiB = d.SizeGiB, MultiAttach = d.IsMultiAttach };

        private static async Task<T?> OrWarnAsync<T>(Func<Task<T>> read, string what, string property, IOutputSink sink) where T : class
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                sink.WriteWarning("Could not read the instances' " + what + " (" + ex.Message + "); " + property +
                    " is left empty. Grant the call, or use -" + SkipDetailParameter + " to skip the extra lookups.");
                return null;
            }
        }

        /// <summary>The Get-EcsInstance switch that turns the extra lookups off.</summary>
        public const string SkipDetailParameter = "SkipDetail";
    }
}
