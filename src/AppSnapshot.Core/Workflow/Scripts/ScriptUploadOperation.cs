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
            var pre = await SendAsync(api, File(ids, "prescript.sh", payload.PreScript), sink, ct).ConfigureAwait(false);
            var post = pre == null ? null : await SendAsync(api, File(ids, "postscript.sh", payload.PostScript), sink, ct).ConfigureAwait(false);
            if (pre == null || post == null) return;

            var delivered = await SendFileWaiter.WaitAsync(api, new[] { pre, post }, ids.Count, _settings, sink, ProgressActivityId, ct).ConfigureAwait(false);
            foreach (var instance in batch)
            {
                var result = Combine(instance, payload.Source, pre, post, delivered);
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

        /// <summary>
        /// One SendFile call; the client resends it after a lost answer (same ClientToken, same content). When every
        /// answer was lost the task is looked up by its tag. Null when nothing is to be waited for (errors written).
        /// </summary>
        private static async Task<string?> SendAsync(SendFileApi api, SendFileArgs file, IOutputSink sink, CancellationToken ct)
        {
            var doing = "Sending " + file.Name + " (SendFile)";
            try
            {
                return (await api.SendFileAsync(file, ct).ConfigureAwait(false)).InvokeId;
            }
            catch (Exception lost) when (LostAnswers.MayHaveChanged(lost))
            {
                string? found;
                try
                {
                    found = await api.FindByTagAsync(SendTagKey, file.ClientToken, ct).ConfigureAwait(false);
                }
                catch (Exception failed) when (ApiErrors.IsApiFailure(failed))
                {
                    foreach (var id in file.InstanceIds) sink.WriteError(LostAnswers.Unknown(id, doing, lost, failed, "the files on the instance"));
                    return null;
                }
                if (found != null)
                {
                    sink.WriteVerbose(doing + ": the answer was lost; found the task " + found + " by its tag.");
                    return found;
                }
                foreach (var id in file.InstanceIds)
                {
                    sink.WriteError(new OperationError(WorkflowErrorIds.ScriptUploadFailed, ErrorKind.ConnectionError,
                        id + ": " + file.Name + " was not sent: the answer was lost (" + lost.Message + ") and no SendFile task carries its tag.", id,
                        "Nothing was sent; run the command again.", lost));
                }
                return null;
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                foreach (var id in file.InstanceIds) sink.WriteError(ApiErrors.ToError(ex, id, doing, WorkflowErrorIds.ScriptUploadFailed));
                return null;
            }
        }

        /// <summary>Tag key on every SendFile task; its value is the call's ClientToken.</summary>
        private const string SendTagKey = "appsnapshot-send";

        private static SendFileArgs File(IList<string> ids, string name, byte[] content)
        {
            var args = NewFile(ids, name, content);
            args.Tags[SendTagKey] = args.ClientToken;
            return args;
        }

        private static SendFileArgs NewFile(IList<string> ids, string name, byte[] content) => new SendFileArgs
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
