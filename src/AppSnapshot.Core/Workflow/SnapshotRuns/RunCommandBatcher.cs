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

    /// <summary>
    /// One call can carry only one command text and type, so instances are grouped by (region, platform,
    /// command) and each group is cut into calls of at most 100. Fed one instance at a time: a batch is
    /// handed out the moment it is full, the rest when the input ends.
    /// </summary>
    internal sealed class RunCommandBatcher
    {
        private readonly Dictionary<(string RegionId, Platform Platform, string Type, string Content, int Timeout), (PluginCommandLine Command, List<string> Ids)> _filling =
            new Dictionary<(string, Platform, string, string, int), (PluginCommandLine, List<string>)>();

        /// <summary>Adds one instance; returns the batch it filled, or null while its batch has room.</summary>
        public RunCommandBatch? Add(string regionId, string instanceId, PluginCommandLine command)
        {
            var key = (regionId, command.Platform, command.CommandType, command.CommandContent, command.TimeoutSeconds);
            if (!_filling.TryGetValue(key, out var batch)) _filling[key] = batch = (command, new List<string>());
            if (batch.Ids.Contains(instanceId)) return null;
            batch.Ids.Add(instanceId);
            if (batch.Ids.Count < Batches.RunCommandInstances) return null;
            _filling.Remove(key);
            return new RunCommandBatch(regionId, batch.Command, batch.Ids);
        }

        /// <summary>The batches not full yet, in the order they were begun; the batcher is empty afterwards.</summary>
        public IReadOnlyList<RunCommandBatch> Flush()
        {
            var rest = _filling.Select(f => new RunCommandBatch(f.Key.RegionId, f.Value.Command, f.Value.Ids)).ToList();
            _filling.Clear();
            return rest;
        }
    }
}
