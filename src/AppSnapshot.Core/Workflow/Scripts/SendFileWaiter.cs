using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Scripts
{
    /// <summary>Polls SendFile tasks until every instance has a final status or the delivery timeout passes.</summary>
    internal static class SendFileWaiter
    {
        public static async Task<IReadOnlyDictionary<(string InvokeId, string InstanceId), SendFileInstanceRecord>> WaitAsync(
            SendFileApi api, IReadOnlyList<string> invokeIds, int instancesPerTask, WorkflowSettings settings, IOutputSink sink, int activityId, CancellationToken ct)
        {
            var clock = settings.Clock;
            var deadline = clock.UtcNow + settings.FileDeliveryTimeout;
            var interval = new AdaptivePollInterval(new PollingSettings
            {
                InitialInterval = settings.Polling.MinInterval,
                MinInterval = settings.Polling.MinInterval,
                MaxInterval = settings.Polling.MaxInterval,
                GrowthFactor = settings.Polling.GrowthFactor,
            });
            var latest = new Dictionary<(string, string), SendFileInstanceRecord>();
            var open = invokeIds.ToList();
            var total = invokeIds.Count * instancesPerTask;
            try
            {
                while (open.Count > 0 && clock.UtcNow < deadline)
                {
                    await clock.Delay(interval.Current, ct).ConfigureAwait(false);
                    var before = latest.Values.Count(r => r.IsFinished);
                    foreach (var invokeId in open.ToList())
                    {
                        SendFileInvocationRecord? record;
                        try { record = await api.DescribeSendFileResultAsync(invokeId, ct).ConfigureAwait(false); }
                        catch (Exception ex) when (ApiErrors.IsApiFailure(ex)) { sink.WriteVerbose("Reading " + invokeId + " failed for now: " + ex.Message); continue; }
                        foreach (var instance in record?.Instances ?? new List<SendFileInstanceRecord>()) latest[(invokeId, instance.InstanceId)] = instance;
                        var done = record != null && record.Instances.Count >= instancesPerTask && record.Instances.All(i => i.IsFinished);
                        if (done) open.Remove(invokeId);
                    }
                    var finished = latest.Values.Count(r => r.IsFinished);
                    sink.WriteProgress(new ProgressInfo(activityId, "Delivering pre/post scripts", finished + " of " + total + " files delivered")
                    {
                        PercentComplete = total == 0 ? 100 : Math.Min(100, finished * 100 / total),
                    });
                    interval.Next(finished > before);
                }
            }
            finally
            {
                sink.WriteProgress(new ProgressInfo(activityId, "Delivering pre/post scripts", "Done") { Completed = true });
            }
            return latest;
        }
    }
}
