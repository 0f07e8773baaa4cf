using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Output;

namespace AppSnapshot.Workflow
{
    /// <summary>Reads the groups named by finished runs, ten ids per DescribeSnapshotGroups call.</summary>
    internal static class SnapshotGroupFetcher
    {
        /// <summary>Groups by id; on failure the map is empty and a warning says consistency falls back to the log.</summary>
        public static async Task<IReadOnlyDictionary<string, SnapshotGroupRecord>> FetchAsync(ICloudClients clients, string regionId,
            IEnumerable<string> groupIds, IOutputSink sink, CancellationToken ct)
        {
            var filter = new SnapshotGroupFilter();
            foreach (var id in groupIds.Distinct()) filter.SnapshotGroupIds.Add(id);
            if (filter.SnapshotGroupIds.Count == 0) return new Dictionary<string, SnapshotGroupRecord>();
            try
            {
                var groups = await new SnapshotsApi(clients.Ecs(regionId)).DescribeSnapshotGroupsAsync(filter, ct).ConfigureAwait(false);
                return groups.GroupBy(g => g.SnapshotGroupId).ToDictionary(g => g.Key, g => g.First());
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                sink.WriteWarning("Could not read snapshot groups " + string.Join(", ", filter.SnapshotGroupIds) +
                    " (" + ex.Message + "); their consistency is taken from the plug-in's log instead of the snapshot tags.");
                return new Dictionary<string, SnapshotGroupRecord>();
            }
        }
    }
}
