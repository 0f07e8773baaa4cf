using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Instances
{
    /// <summary>
    /// RunCommand and SendFile refuse the whole call when one instance has no running Cloud
    /// Assistant, so such instances are found first (100 per call) and reported on their own.
    /// </summary>
    internal static class CloudAssistantGate
    {
        public static async Task<IReadOnlyList<EcsInstance>> HealthyAsync(ICloudClients clients, string regionId,
            IReadOnlyList<EcsInstance> instances, IOutputSink sink, CancellationToken ct)
        {
            if (instances.Count == 0) return instances;
            IReadOnlyList<CloudAssistantStatusRecord> statuses;
            try
            {
                statuses = await new CloudAssistantApi(clients.Ecs(regionId)).DescribeCloudAssistantStatusAsync(instances.Select(i => i.InstanceId), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                sink.WriteVerbose("Could not read the Cloud Assistant status (" + ex.Message + "); trying every instance.");
                return instances;
            }
            var running = new HashSet<string>(statuses.Where(s => s.IsRunning).Select(s => s.InstanceId));
            var healthy = new List<EcsInstance>();
            foreach (var instance in instances)
            {
                instance.CloudAssistantRunning = running.Contains(instance.InstanceId);
                if (instance.CloudAssistantRunning == true) { healthy.Add(instance); continue; }
                sink.WriteError(NotRunning(instance));
            }
            return healthy;
        }

        public static OperationError NotRunning(EcsInstance instance) =>
            new OperationError(WorkflowErrorIds.CloudAssistantNotRunning, ErrorKind.ResourceUnavailable,
                instance.InstanceId + " has no running Cloud Assistant client (no heartbeat in the last 2 minutes).", instance,
                "Install or start the Cloud Assistant client on the instance (InstallCloudAssistant, then reboot), then run again.");
    }
}
