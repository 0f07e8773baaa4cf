using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Instances
{
    /// <summary>
    /// StopInstance and StartInstance with a lost answer settled by the instance's status: Stopping or Stopped after
    /// a stop (Starting or Running after a start) means the request was carried out; the old status means it was not.
    /// </summary>
    internal static class InstanceLifecycle
    {
        /// <summary>True when the transition is under way; false when an error saying why not was written.</summary>
        public static Task<bool> StopAsync(InstancesApi api, string instanceId, bool force, IOutputSink sink, CancellationToken ct) =>
            RequestAsync(api, instanceId, "StopInstance", () => api.StopInstanceAsync(instanceId, force, ct), new[] { "Stopping", "Stopped" }, sink, ct);

        public static Task<bool> StartAsync(InstancesApi api, string instanceId, IOutputSink sink, CancellationToken ct) =>
            RequestAsync(api, instanceId, "StartInstance", () => api.StartInstanceAsync(instanceId, ct), new[] { "Starting", "Running" }, sink, ct);

        private static async Task<bool> RequestAsync(InstancesApi api, string instanceId, string action, Func<Task<string>> call, string[] underWay,
            IOutputSink sink, CancellationToken ct)
        {
            try
            {
                var requestId = await call().ConfigureAwait(false);
                sink.WriteVerbose(action + " " + instanceId + " (RequestId " + requestId + ").");
                return true;
            }
            catch (Exception lost) when (LostAnswers.MayHaveChanged(lost))
            {
                string status;
                try
                {
                    var filter = new InstanceFilter();
                    filter.InstanceIds.Add(instanceId);
                    status = (await api.DescribeInstancesAsync(filter, ct).ConfigureAwait(false)).FirstOrDefault()?.Status ?? "(gone)";
                }
                catch (Exception failed) when (ApiErrors.IsApiFailure(failed))
                {
                    sink.WriteError(LostAnswers.Unknown(instanceId, action + " " + instanceId, lost, failed, "the instance's status (" + CmdletNames.GetInstance + ")"));
                    return false;
                }
                if (underWay.Contains(status, StringComparer.OrdinalIgnoreCase))
                {
                    sink.WriteVerbose(action + " " + instanceId + ": the answer was lost; the instance is " + status + ", so the request was carried out.");
                    return true;
                }
                sink.WriteError(new OperationError(WorkflowErrorIds.InstanceStateChangeFailed, ErrorKind.ConnectionError,
                    action + " " + instanceId + ": the answer was lost (" + lost.Message + ") and the instance is still " + status + ": the request was not carried out.",
                    instanceId, "Nothing was changed; run the command again.", lost));
                return false;
            }
        }
    }
}
