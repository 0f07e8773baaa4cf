using System;
using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>An instance named by the caller, with the region it lives in when known.</summary>
    public sealed class InstanceTarget
    {
        public InstanceTarget(string instanceId, string? regionId = null)
        {
            if (string.IsNullOrWhiteSpace(instanceId)) throw new ArgumentException("An instance id is required.", "InstanceId");
            InstanceId = instanceId.Trim();
            RegionId = string.IsNullOrWhiteSpace(regionId) ? null : regionId!.Trim();
        }

        public string InstanceId { get; }
        public string? RegionId { get; }

        public override string ToString() => RegionId == null ? InstanceId : RegionId + "/" + InstanceId;

        /// <summary>Groups by region (null = the session's default region), dropping repeated ids.</summary>
        internal static IReadOnlyList<RegionInstances> ByRegion(IEnumerable<InstanceTarget> targets, ICloudClients clients) =>
            targets
                .GroupBy(t => clients.RegionOrDefault(t.RegionId))
                .Select(g => new RegionInstances(g.Key, g.Select(t => t.InstanceId).Distinct().ToList()))
                .ToList();
    }

    internal sealed class RegionInstances
    {
        public RegionInstances(string regionId, IReadOnlyList<string> instanceIds)
        {
            RegionId = regionId;
            InstanceIds = instanceIds;
        }

        public string RegionId { get; }
        public IReadOnlyList<string> InstanceIds { get; }
    }
}
