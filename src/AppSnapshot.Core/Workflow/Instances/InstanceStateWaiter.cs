using System;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Instances
{
    /// <summary>Polls DescribeInstances until an instance reaches a status, with progress.</summary>
    internal static class InstanceStateWaiter
    {
        private const int ProgressActivityId = 3;

        /// <summary>True when the status was reached before the timeout.</summary>
        public static async Task<bool> WaitForAsync(InstancesApi api, string instanceId, string status, WorkflowSettings settings, IOutputSink sink, CancellationToken ct)
        {
            var clock = settings.Clock;
            var started = clock.UtcNow;
            var interval = new AdaptivePollInterval(settings.Polling);
            var filter = new InstanceFilter();
            filter.InstanceIds.Add(instanceId);
            try
            {
                while (clock.UtcNow - started < settings.InstanceStateTimeout)
                {
                    var current = await api.DescribeInstancesAsync(filter, ct).ConfigureAwait(false);
                    var now = current.Count > 0 ? current[0].Status : "(gone)";
                    if (string.Equals(now, status, StringComparison.OrdinalIgnoreCase)) return true;
                    sink.WriteProgress(new ProgressInfo(ProgressActivityId, "Waiting for " + instanceId + " to be " + status, instanceId + " is " + now));
                    await clock.Delay(interval.Next(progressed: false), ct).ConfigureAwait(false);
                }
                return false;
            }
            finally
            {
                sink.WriteProgress(new ProgressInfo(ProgressActivityId, "Waiting for " + instanceId + " to be " + status, "Done") { Completed = true });
            }
        }
    }
}
