using System;
using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Workflow
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

        /// <summary>Groups by region (null = the session's default), dropping repeated ids.</summary>
        public static IEnumerable<IGrouping<string?, string>> ByRegion(IEnumerable<InstanceTarget> targets, string? defaultRegion) =>
            targets
                .GroupBy(t => t.RegionId ?? defaultRegion)
                .Select(g => new RegionGroup(g.Key, g.Select(t => t.InstanceId).Distinct().ToList()));

        private sealed class RegionGroup : IGrouping<string?, string>
        {
            private readonly IList<string> _ids;
            public RegionGroup(string? key, IList<string> ids) { Key = key; _ids = ids; }
            public string? Key { get; }
            public IEnumerator<string> GetEnumerator() => _ids.GetEnumerator();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
