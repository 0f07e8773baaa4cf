using System;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>What an instance must be for the plug-in to run on it; each miss is an error naming the remedy.</summary>
    internal static class RunChecks
    {
        /// <param name="ramRoleName">-RamRoleName, or null for the role attached to the instance.</param>
        /// <param name="cloudAssistantKnown">The instance carries its Cloud Assistant state (else the gate reads it).</param>
        public static bool Passes(EcsInstance instance, string? ramRoleName, IOutputSink sink, bool cloudAssistantKnown = true)
        {
            if (PlatformDetector.FromOSType(instance.OSType) == null)
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.UnknownPlatform, ErrorKind.InvalidData,
                    instance.InstanceId + " reports OS type '" + instance.OSType + "'; the plug-in runs on Linux and Windows only.", instance,
                    "Run " + CmdletNames.TestPrerequisite + " on the instance to see which requirements it misses."));
                return false;
            }
            if (!string.Equals(instance.Status, "Running", StringComparison.OrdinalIgnoreCase))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.InstanceNotRunning, ErrorKind.InvalidOperation,
                    instance.InstanceId + " is " + instance.Status + "; the plug-in runs inside the guest, so the instance must be Running.", instance,
                    "Start the instance and run the command again."));
                return false;
            }
            if (string.IsNullOrEmpty(ramRoleName ?? instance.RamRoleName))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.RamRoleNotAttached, ErrorKind.InvalidOperation,
                    instance.InstanceId + " has no instance RAM role; the plug-in needs one to create snapshots.", instance,
                    "Run " + CmdletNames.InitializeRole + ", then " + CmdletNames.AttachInstanceRole + " -InstanceId " + instance.InstanceId + "."));
                return false;
            }
            if (cloudAssistantKnown && instance.CloudAssistantRunning != true)
            {
                sink.WriteError(CloudAssistantGate.NotRunning(instance));
                return false;
            }
            return true;
        }
    }
}
