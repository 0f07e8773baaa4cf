using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Workflow.Scripts
{
    /// <summary>
    /// Send-AppSnapshotScript: puts /tmp/prescript.sh and /tmp/postscript.sh (root:root, 0700) on
    /// Linux instances, 50 per SendFile call, waits for delivery and writes one
    /// <see cref="ScriptUploadResult"/> per instance (plus an error when a delivery failed).
    /// </summary>
    public sealed class ScriptUploadOperation
    {
        private const int ProgressActivityId = 2;
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;

        public ScriptUploadOperation(AcsSession session, WorkflowSettings? settings = null) : this(new SessionClients(session), settings) { }

        public ScriptUploadOperation(ICloudClients clients, WorkflowSettings? settings = null)
        {
            _clients = clients ?? throw new ArgumentNullException(nameof(clients));
            _settings = settings ?? WorkflowSettings.Default;
        }

        public async Task RunAsync(ScriptUploadRequest request, IOutputSink sink, CancellationToken ct)
        {
            if (request.Instances.Count == 0) throw new ArgumentException("Name at least one instance.", "InstanceId");
            var payload = ScriptPayload.From(request);
            foreach (var region in InstanceTarget.ByRegion(request.Instances, _clients))
            {
                var regionId = region.RegionId;
                var instances = await InstanceDirectory.ReadAsync(_clients, regionId, region.InstanceIds, false, sink, ct).ConfigureAwait(false);
                var eligible = await CloudAssistantGate.HealthyAsync(_clients, regionId, instances.Values.Where(i => IsEligible(i, sink)).ToList(), sink, ct).ConfigureAwait(false);
                var targets = eligible.Where(i => sink.ShouldProcess(i.InstanceId,
                    "Upload " + payload.Source + " scripts to " + PluginCommandBuilder.PreScriptPath + " and " + PluginCommandBuilder.PostScriptPath)).ToList();
                foreach (var batch in Api.Batches.Chunk(targets, Api.Batches.SendFileInstances))
                {
                    await UploadBatchAsync(regionId, batch, payload, sink, ct).ConfigureAwait(false);
                }
            }
        }

        private static bool IsEligible(EcsInstance instance, IOutputSink sink)
        {
            if (instance.PlatformValue == Platform.Windows)
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.ScriptUploadWindowsNotSupported, ErrorKind.InvalidOperation,
                    instance.InstanceId + " is Windows; the Windows plug-in uses VSS writers, not pre/post scripts.", instance,
                    "Leave the Windows instances out; New-AppConsistentSnapshotGroup reaches application consistency on Windows through the VSS writers, without scripts."));
                return false;
            }
            if (!string.Equals(instance.Status, "Running", StringComparison.OrdinalIgnoreCase))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.InstanceNotRunning, ErrorKind.InvalidOperation,
                    instance.InstanceId + " is " + instance.Status + "; files can only be sent to a Running instance.", instance, "Start the instance and run again."));
                return false;
            }
            return true;
        }

        private async Task UploadBatchAsync(string regionId, IReadOnlyList<EcsInstance> batch, ScriptPayload payload, IOutputSink sink, CancellationToken ct)
        {
            var api = new SendFileApi(_clients.Ecs(regionId));
            var ids = batch.Select(i => i.InstanceId).ToList();
            SendFileResult pre, post;
            try
            {
                pre = await api.SendFileAsync(File(ids, "prescript.sh", payload.PreScript), ct).ConfigureAwait(false);
                post = await api.SendFileAsync(File(ids, "postscript.sh", payload.PostScript), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                foreach (var id in ids) sink.WriteError(ApiErrors.ToError(ex, id, "Sending the scripts (SendFile)", WorkflowErrorIds.ScriptUploadFailed));
                return;
            }

            var delivered = await SendFileWaiter.WaitAsync(api, new[] { pre.InvokeId, post.InvokeId }, ids.Count, _settings, sink, ProgressActivityId, ct).ConfigureAwait(false);
            foreach (var instance in batch)
            {
                var result = Combine(instance, payload.Source, pre.InvokeId, post.InvokeId, delivered);
                sink.WriteObject(result);
                sink.WriteVerbose(result.InstanceId + " finished: " + (result.Succeeded ? "both scripts delivered" : "delivery " + result.Status + (result.ErrorCode == null ? "" : " (" + result.ErrorCode + ")")) + ".");
                if (!result.Succeeded)
                {
                    sink.WriteError(new OperationError(WorkflowErrorIds.ScriptUploadFailed, ErrorKind.WriteError,
                        instance.InstanceId + ": the scripts were not delivered (" + result.Status + (result.ErrorCode == null ? "" : ", " + result.ErrorCode + ": " + result.ErrorInfo) + ").",
                        result, "Check that Cloud Assistant is running on the instance (" + CmdletNames.TestPrerequisite + ") and run again."));
                }
            }
        }

        private static SendFileArgs File(IList<string> ids, string name, byte[] content) => new SendFileArgs
        {
            InstanceIds = ids,
            Name = name,
            TargetDir = "/tmp",
            Content = content,
            FileOwner = "root",
            FileGroup = "root",
            // The plug-in ignores scripts that are not root-only 0700 and falls back to file-system consistency.
            FileMode = "0700",
            Overwrite = true,
            Description = "AppSnapshot " + name,
        };

        private static ScriptUploadResult Combine(EcsInstance instance, string source, string preInvoke, string postInvoke,
            IReadOnlyDictionary<(string InvokeId, string InstanceId), SendFileInstanceRecord> delivered)
        {
            delivered.TryGetValue((preInvoke, instance.InstanceId), out var pre);
            delivered.TryGetValue((postInvoke, instance.InstanceId), out var post);
            var worse = new[] { pre, post }.FirstOrDefault(r => r == null || !string.Equals(r.InvocationStatus, "Success", StringComparison.OrdinalIgnoreCase));
            return new ScriptUploadResult
            {
                InstanceId = instance.InstanceId,
                RegionId = instance.RegionId,
                Source = source,
                PreScriptPath = PluginCommandBuilder.PreScriptPath,
                PostScriptPath = PluginCommandBuilder.PostScriptPath,
                Succeeded = worse == null && pre != null && post != null,
                Status = worse == null ? "Success" : worse.InvocationStatus.Length == 0 ? "Unknown" : worse.InvocationStatus,
                ErrorCode = string.IsNullOrEmpty(worse?.ErrorCode) ? null : worse!.ErrorCode,
                ErrorInfo = string.IsNullOrEmpty(worse?.ErrorInfo) ? null : worse!.ErrorInfo,
                PreScriptInvokeId = preInvoke,
                PostScriptInvokeId = postInvoke,
            };
        }
    }
}
