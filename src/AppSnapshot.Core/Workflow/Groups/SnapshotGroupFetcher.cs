using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Groups
{
    /// <summary>
    /// Reads the groups named by finished runs. All groups of one run share the run's group name, so
    /// when more than ten are wanted it first reads the groups by Name, 100 per call (a few pages), and
    /// keeps those whose SnapshotGroupId a plug-in log named; other runs may reuse the name, so the
    /// match is always by id. Ids the name query did not return (name unknown, more groups under the
    /// name than expected, or the query failed) are read by id, ten per call, a few calls at a time.
    /// </summary>
    internal static class SnapshotGroupFetcher
    {
        /// <summary>DescribeSnapshotGroups MaxResults.</summary>
        public const int PageSize = 100;

        /// <summary>
        /// Name pages read for <paramref name="wanted"/> groups: enough for them plus one page of groups
        /// of other runs (or still running instances) under the same name. Beyond that the id lookup is cheaper.
        /// </summary>
        public static int NamePagesFor(int wanted) => (wanted + PageSize - 1) / PageSize + 1;

        /// <summary>Groups by id; ids that could not be read are missing and a warning says consistency falls back to the log.</summary>
        /// <param name="seen">Receives every group any answer held, wanted or not (a caller may keep those of runs it has not seen finish yet).</param>
        /// <param name="alsoListed">Groups under the name the caller expects to want later (runs it believes finished but has not
        /// read yet): the name pages may go that much further before the id lookup takes over.</param>
        public static async Task<IReadOnlyDictionary<string, SnapshotGroupRecord>> FetchAsync(ICloudClients clients, string regionId,
            string? groupName, IEnumerable<string> groupIds, IOutputSink sink, int maxConcurrency, CancellationToken ct,
            ICollection<SnapshotGroupRecord>? seen = null, int alsoListed = 0)
        {
            var wanted = new HashSet<string>(groupIds, StringComparer.Ordinal);
            var found = new Dictionary<string, SnapshotGroupRecord>(StringComparer.Ordinal);
            if (wanted.Count == 0) return found;
            var api = new SnapshotsApi(clients.Ecs(regionId));
            void Keep(IEnumerable<SnapshotGroupRecord> groups)
            {
                foreach (var group in groups)
                {
                    seen?.Add(group);
                    if (wanted.Contains(group.SnapshotGroupId) && !found.ContainsKey(group.SnapshotGroupId)) found[group.SnapshotGroupId] = group;
                }
            }

            // One id call is as cheap as one name call; the name query pays off from eleven groups on.
            if (!string.IsNullOrEmpty(groupName) && wanted.Count > Batches.SnapshotGroupIds)
            {
                try
                {
                    await api.DescribeSnapshotGroupPagesAsync(new SnapshotGroupFilter { Name = groupName }, NamePagesFor(wanted.Count + Math.Max(0, alsoListed)), page =>
                    {
                        Keep(page);
                        return found.Count == wanted.Count;
                    }, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
                {
                    sink.WriteVerbose("Reading snapshot groups named '" + groupName + "' failed (" + ex.Message + "); reading them by id instead.");
                }
            }

            var missing = wanted.Where(id => !found.ContainsKey(id)).ToList();
            if (missing.Count == 0) return found;
            var chunks = Batches.Chunk(missing, Batches.SnapshotGroupIds).ToList();
            var outcomes = await ConcurrentCalls.RunAsync(chunks, maxConcurrency, (chunk, token) =>
            {
                var filter = new SnapshotGroupFilter();
                foreach (var id in chunk) filter.SnapshotGroupIds.Add(id);
                return api.DescribeSnapshotGroupsAsync(filter, token);
            }, ct).ConfigureAwait(false);

            // Written here, one after another, never from the concurrent calls.
            for (var i = 0; i < chunks.Count; i++)
            {
                var (groups, error) = outcomes[i];
                if (error != null)
                {
                    sink.WriteWarning("Could not read snapshot groups " + string.Join(", ", chunks[i]) +
                        " (" + error.Message + "); their consistency is taken from the plug-in's log instead of the snapshot tags.");
                    continue;
                }
                Keep(groups!);
            }
            return found;
        }
    }
}
