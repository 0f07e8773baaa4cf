using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Plugin;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>The instances of one region that will share one RunCommand call.</summary>
    internal sealed class RunCommandBatch
    {
        public RunCommandBatch(string regionId, PluginCommandLine command, IReadOnlyList<string> instanceIds)
        {
            RegionId = regionId;
            Command = command;
            InstanceIds = instanceIds;
        }

        public string RegionId { get; }
        public PluginCommandLine Command { get; }
        public IReadOnlyList<string> InstanceIds { get; }
    }

    internal static class RunCommandBatcher
    {
        /// <summary>
        /// One call can carry only one command text and type, so instances are grouped by
        /// (region, platform, command) and each group is cut into calls of at most 100.
        /// </summary>
        public static IReadOnlyList<RunCommandBatch> Plan(IEnumerable<(string RegionId, string InstanceId, PluginCommandLine Command)> prepared) =>
            prepared
                .GroupBy(p => (p.RegionId, p.Command.Platform, p.Command.CommandType, p.Command.CommandContent, p.Command.TimeoutSeconds))
                .SelectMany(g => Batches.Chunk(g.Select(p => p.InstanceId).Distinct(), Batches.RunCommandInstances)
                    .Select(ids => new RunCommandBatch(g.Key.RegionId, g.First().Command, ids)))
                .ToList();
    }
}
