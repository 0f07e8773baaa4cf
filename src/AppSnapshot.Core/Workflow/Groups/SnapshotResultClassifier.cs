using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Groups
{
    /// <summary>
    /// Turns one finished plug-in run (and its snapshot group, when found) into the result the user
    /// sees, plus the error it warrants. The run and the lookup both use this, so they always agree.
    /// </summary>
    internal static class SnapshotResultClassifier
    {
        public static AppSnapshotResult Build(string regionId, InstanceInvocationRecord record, PluginLog log, SnapshotGroupRecord? group,
            IEnumerable<string> requestIds)
        {
            // Failed with an empty or ExitCodeNonzero ErrorCode means the plug-in ran and chose its exit code;
            // any other status or ErrorCode means Cloud Assistant never let it finish.
            var ranToEnd = string.Equals(record.InvocationStatus, "Success", StringComparison.OrdinalIgnoreCase)
                || (string.Equals(record.InvocationStatus, "Failed", StringComparison.OrdinalIgnoreCase) && record.ErrorCode is "" or "ExitCodeNonzero");
            int? exitCode = ranToEnd && record.ExitCode.HasValue ? (int)record.ExitCode.Value : (int?)null;
            var guestOffset = GuestTimeZone.InferOffset(log.FirstRecordTime, record.StartTime);

            var result = new AppSnapshotResult
            {
                InstanceId = record.InstanceId,
                RegionId = regionId,
                InvokeId = record.InvokeId,
                Status = record.InvocationStatus,
                ExitCode = exitCode,
                ExitCodeMeaning = exitCode.HasValue ? ExitCodeTable.Explain(exitCode.Value).Meaning : "",
                SnapshotGroupId = group?.SnapshotGroupId ?? log.SnapshotGroupId,
                SnapshotGroupName = group?.Name,
                FreezeSeconds = Seconds.Of(log.FreezeDuration),
                FreezeStart = GuestTimeZone.At(log.FreezeStart, guestOffset),
                ThawEnd = GuestTimeZone.At(log.ThawEnd, guestOffset),
                PreScriptSeconds = Seconds.Of(log.PreScriptDuration),
                PostScriptSeconds = Seconds.Of(log.PostScriptDuration),
                SnapshotCreationSeconds = Seconds.Of(log.SnapshotCreationDuration),
                TagSeconds = Seconds.Of(log.TagDuration),
                GroupCreationSeconds = Seconds.Of(log.TotalCost),
                StartTime = record.StartTime,
                FinishTime = record.FinishTime,
                TotalSeconds = Seconds.Of(record.StartTime.HasValue && record.FinishTime.HasValue ? record.FinishTime - record.StartTime : null),
                LogLines = log.Lines.ToList(),
                GuestOutput = log.GuestOutput,
                Warnings = log.Warnings.ToList(),
                RequestIds = requestIds.Where(id => !string.IsNullOrEmpty(id)).Distinct().ToList(),
                ErrorCode = string.IsNullOrEmpty(record.ErrorCode) ? null : record.ErrorCode,
                ErrorInfo = string.IsNullOrEmpty(record.ErrorInfo) ? null : record.ErrorInfo,
            };
            if (record.Dropped > 0) result.Warnings.Add("Cloud Assistant kept only the first 24 KB of the output; " + record.Dropped + " bytes were dropped.");

            if (group != null)
            {
                result.Snapshots = group.Snapshots.Select(ToSnapshotInfo).ToList();
                result.ConsistencyValue = ConsistencyClassifier.ForGroup(result.Snapshots.Select(s => s.ConsistencyValue));
                result.ConsistencySource = "Tags";
            }
            else if (log.ConsistencyFromMessages != Consistency.Unknown)
            {
                result.ConsistencyValue = log.ConsistencyFromMessages;
                result.ConsistencySource = "Log";
            }

            result.Succeeded = exitCode == 0 && result.SnapshotGroupId != null;
            return result;
        }

        public static SnapshotInfo ToSnapshotInfo(GroupSnapshotRecord s) => new SnapshotInfo
        {
            SnapshotId = s.SnapshotId,
            SourceDiskId = s.SourceDiskId,
            SourceDiskType = s.SourceDiskType,
            Progress = s.Progress,
            Status = s.Available || s.Progress == "100%" ? "accomplished" : "progressing",
            ConsistencyValue = ConsistencyClassifier.FromTags(s.Tags),
            Tags = s.Tags,
        };

        /// <summary>The error a result warrants, or null when it is what the user asked for.</summary>
        public static OperationError? ErrorFor(AppSnapshotResult result, bool requireApplicationConsistent)
        {
            if (!result.ExitCode.HasValue) return CloudAssistantError(result);
            if (result.ExitCode.Value != 0)
            {
                var info = ExitCodeTable.Explain(result.ExitCode.Value);
                return new OperationError(info.ErrorId, info.Kind,
                    result.InstanceId + ": the plug-in exited with " + info.Code + " (" + info.Meaning + ").", result, info.RecommendedAction);
            }
            if (result.SnapshotGroupId == null)
            {
                return new OperationError(WorkflowErrorIds.SnapshotGroupMissing, ErrorKind.InvalidResult,
                    result.InstanceId + ": the plug-in exited 0 but its output names no snapshot group.", result,
                    "Look at the LogLines of the result and at the instance's snapshot groups in the console.");
            }
            if (requireApplicationConsistent && result.ConsistencyValue != Consistency.Application)
            {
                return new OperationError(WorkflowErrorIds.NotApplicationConsistent, ErrorKind.InvalidResult,
                    result.InstanceId + ": snapshot group " + result.SnapshotGroupId + " is " + result.Consistency + "-consistent, not application-consistent.",
                    result, "Linux: put working pre/post scripts in place with " + CmdletNames.SendScript + " (root, 0700) and read the result's GuestOutput. " +
                        "Windows: run without -ExcludeWriters and check that the application's VSS writer is listed in the result's LogLines.");
            }
            return null;
        }

        private static OperationError CloudAssistantError(AppSnapshotResult result)
        {
            var code = result.ErrorCode ?? result.Status;
            ErrorKind kind;
            string remedy;
            switch (code)
            {
                case "ExecutionTimeout":
                case "Timeout":
                    kind = ErrorKind.OperationTimeout;
                    remedy = "The plug-in ran past the command timeout. Check the scripts' duration and raise -ScriptTimeoutSeconds, then run again.";
                    break;
                case "ClientNotRunning":
                case "ClientNotResponse":
                case "ClientIsUpgrading":
                case "DeliveryTimeout":
                case "Aborted":
                    kind = ErrorKind.ResourceUnavailable;
                    remedy = "Check that the instance is Running and its Cloud Assistant client is healthy (" + CmdletNames.TestPrerequisite + "), then run again.";
                    break;
                case "InstanceNotRunning":
                    kind = ErrorKind.InvalidOperation;
                    remedy = "Start the instance, then run again.";
                    break;
                case "Cancelled":
                case "Terminated":
                    kind = ErrorKind.OperationStopped;
                    remedy = "The run was stopped before it finished; run again.";
                    break;
                default:
                    kind = ErrorKind.NotSpecified;
                    remedy = "See ErrorCode/ErrorInfo of the result and the Cloud Assistant documentation, then run again.";
                    break;
            }
            return new OperationError(WorkflowErrorIds.CloudAssistantFailed, kind,
                result.InstanceId + ": Cloud Assistant reported " + result.Status + (result.ErrorCode == null ? "" : " (" + result.ErrorCode + ": " + result.ErrorInfo + ")") + ".",
                result, remedy);
        }
    }
}
