using System;
using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Workflow.Groups
{
    /// <summary>
    /// Collects what piped objects say about snapshot groups (a group id, an instance id, or both)
    /// and turns it into as few selections as possible: per region, one by group ids and one by
    /// instance ids for the objects that named only an instance. A group id always wins over the
    /// instance id of the same object, so piping groups never widens to the instance's other groups.
    /// </summary>
    public sealed class SnapshotGroupSelectionBuilder
    {
        private readonly List<(string? Region, string? GroupId, string? InstanceId)> _records = new List<(string?, string?, string?)>();

        public void Add(string? regionId, string? snapshotGroupId, string? instanceId)
        {
            var group = Clean(snapshotGroupId);
            var instance = Clean(instanceId);
            if (group == null && instance == null) return;
            _records.Add((Clean(regionId), group, instance));
        }

        public bool IsEmpty => _records.Count == 0;

        /// <summary>
        /// The selections to run. With nothing collected: one selection for <paramref name="defaultRegion"/>
        /// narrowed only by the name pattern (list everything).
        /// </summary>
        public IReadOnlyList<SnapshotGroupSelection> Build(string? defaultRegion, string? namePattern)
        {
            var result = new List<SnapshotGroupSelection>();
            if (IsEmpty)
            {
                result.Add(new SnapshotGroupSelection { RegionId = defaultRegion, NamePattern = namePattern });
                return result;
            }
            foreach (var region in _records.GroupBy(r => r.Region ?? defaultRegion))
            {
                var groupIds = region.Where(r => r.GroupId != null).Select(r => r.GroupId!).Distinct(StringComparer.Ordinal).ToList();
                var instanceIds = region.Where(r => r.GroupId == null).Select(r => r.InstanceId!).Distinct(StringComparer.Ordinal).ToList();
                if (groupIds.Count > 0) result.Add(Selection(region.Key, namePattern, groupIds, null));
                if (instanceIds.Count > 0) result.Add(Selection(region.Key, namePattern, null, instanceIds));
            }
            return result;
        }

        private static SnapshotGroupSelection Selection(string? region, string? namePattern, IList<string>? groupIds, IList<string>? instanceIds)
        {
            var selection = new SnapshotGroupSelection { RegionId = region, NamePattern = namePattern };
            foreach (var id in groupIds ?? Array.Empty<string>()) selection.SnapshotGroupIds.Add(id);
            foreach (var id in instanceIds ?? Array.Empty<string>()) selection.InstanceIds.Add(id);
            return selection;
        }

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
