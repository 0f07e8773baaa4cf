using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Instances
{
    /// <summary>
    /// What Get-EcsInstance adds to DescribeInstances for the instances of one region, a page at a time:
    /// the RAM role (DescribeInstanceRamRole, 50 instances per call), the Cloud Assistant state
    /// (DescribeCloudAssistantStatus, 100 per call) and the disks. DescribeDisks filters by one instance
    /// only, so up to five instances in the region are asked one by one; beyond that the region's disks are
    /// listed once (500 per call), from the first page on, and shared by every page. A disk or Cloud
    /// Assistant lookup the caller may not make leaves that property null and comes back as a
    /// <see cref="DetailGap"/> for the caller to warn about; the role lookup fails the command, as before.
    /// </summary>
    internal sealed class InstanceDetails
    {
        private readonly IRpcClient _ecs;
        private readonly CancellationToken _disksStop;
        private readonly Lazy<Task<List<DiskRecord>>>? _regionDisks;

        /// <param name="instancesInRegion">How many instances of the region will be filled; it decides how the disks are read.</param>
        /// <param name="disksStop">Stops the disk reads: instances written before their disks are known still wait for them.</param>
        public InstanceDetails(IRpcClient ecs, int instancesInRegion, CancellationToken disksStop)
        {
            _ecs = ecs;
            _disksStop = disksStop;
            if (instancesInRegion > DisksApi.PerInstanceQueryLimit)
                _regionDisks = new Lazy<Task<List<DiskRecord>>>(() => new DisksApi(ecs).ListRegionAsync(instancesInRegion, disksStop));
        }

        /// <summary>
        /// Fills the roles and the Cloud Assistant state (a few calls for these instances); returns what could not be read.
        /// The region's disk listing, shared by every page, starts with its first page.
        /// </summary>
        public async Task<IReadOnlyList<DetailGap>> FillAsync(IReadOnlyList<EcsInstance> instances, CancellationToken ct)
        {
            var gaps = new List<DetailGap>();
            if (instances.Count == 0) return gaps;
            var ids = instances.Select(i => i.InstanceId).ToList();
            _ = _regionDisks?.Value;
            var roles = new InstanceRamRoleApi(_ecs).DescribeAsync(ids, ct);
            var agents = OrGapAsync(() => new CloudAssistantApi(_ecs).DescribeCloudAssistantStatusAsync(ids, ct), "Cloud Assistant state", "CloudAssistantRunning", gaps);
            await Task.WhenAll(roles, agents).ConfigureAwait(false);

            var running = agents.Result == null ? null : new HashSet<string>(agents.Result.Where(a => a.IsRunning).Select(a => a.InstanceId));
            foreach (var instance in instances)
            {
                instance.RamRoleName = roles.Result.TryGetValue(instance.InstanceId, out var role) ? role : null;
                if (running != null) instance.CloudAssistantRunning = running.Contains(instance.InstanceId);
            }
            return gaps;
        }

        /// <summary>
        /// Starts filling the disks and has each instance wait for them when they are read (see <see cref="EcsInstance.Disks"/>),
        /// so the instances can be written now. Ends when the disks are set or could not be read.
        /// </summary>
        public Task<IReadOnlyList<DetailGap>> StartFillingDisks(IReadOnlyList<EcsInstance> instances)
        {
            var filling = FillDisksAsync(instances, _disksStop);
            foreach (var instance in instances) instance.DisksArriveWith(filling);
            return filling;
        }

        /// <summary>
        /// Fills the disks: waits for the region's listing (no call of its own), or asks per instance when the region has
        /// only a few to fill. Kept apart from <see cref="FillAsync"/> so that waiting for the listing holds no place among
        /// the calls under way.
        /// </summary>
        private async Task<IReadOnlyList<DetailGap>> FillDisksAsync(IReadOnlyList<EcsInstance> instances, CancellationToken ct)
        {
            var gaps = new List<DetailGap>();
            if (instances.Count == 0) return gaps;
            var ids = instances.Select(i => i.InstanceId).ToList();
            var disks = await OrGapAsync(() => DisksOfAsync(ids, ct), "disks", "Disks", gaps).ConfigureAwait(false);
            if (disks == null) return gaps;
            foreach (var instance in instances)
                instance.Disks = (disks.TryGetValue(instance.InstanceId, out var list) ? list : new List<DiskRecord>()).Select(ToModel).ToList();
            return gaps;
        }

        private async Task<IReadOnlyDictionary<string, List<DiskRecord>>> DisksOfAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
            _regionDisks == null
                ? await new DisksApi(_ecs).DescribeDisksByInstanceAsync(ids, ct).ConfigureAwait(false)
                : DisksApi.ByInstance(await _regionDisks.Value.ConfigureAwait(false), ids);

        private static EcsDisk ToModel(DiskRecord d) =>
            new EcsDisk { DiskId = d.DiskId, Type = d.Type, Category = d.Category, SizeGiB = d.SizeGiB, MultiAttach = d.IsMultiAttach };

        private static async Task<T?> OrGapAsync<T>(Func<Task<T>> read, string what, string property, List<DetailGap> gaps) where T : class
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                lock (gaps) gaps.Add(new DetailGap(what, property, ex.Message));
                return null;
            }
        }

        /// <summary>The Get-EcsInstance switch that turns the extra lookups off.</summary>
        public const string SkipDetailParameter = "SkipDetail";
    }

    /// <summary>A detail that could not be read for some instances, and why.</summary>
    internal sealed class DetailGap
    {
        public DetailGap(string what, string property, string reason)
        {
            What = what;
            Property = property;
            Reason = reason;
        }

        public string What { get; }
        public string Property { get; }
        public string Reason { get; }

        public string Warning =>
            "Could not read the instances' " + What + " (" + Reason + "); " + Property +
            " is left empty. Grant the call, or use -" + InstanceDetails.SkipDetailParameter + " to skip the extra lookups.";
    }
}
