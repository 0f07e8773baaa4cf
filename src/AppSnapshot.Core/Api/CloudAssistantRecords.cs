using System;
using System.Collections.Generic;

namespace AppSnapshot.Api
{
    public sealed class RunCommandArgs
    {
        /// <summary>RunShellScript, RunBatScript or RunPowerShellScript.</summary>
        public string Type { get; set; } = "";
        public string CommandContent { get; set; } = "";
        public IList<string> InstanceIds { get; set; } = new List<string>();
        public int? TimeoutSeconds { get; set; }
        public string? Name { get; set; }
        /// <summary>Keep the same token on every retry of one logical call: the service then never runs it twice.</summary>
        public string ClientToken { get; set; } = Guid.NewGuid().ToString();
        /// <summary>Task tags; a tag unique to the call finds the run again when its answer was lost.</summary>
        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
    }

    public sealed class RunCommandResult
    {
        public string InvokeId { get; set; } = "";
        public string CommandId { get; set; } = "";
        public string RequestId { get; set; } = "";
    }

    /// <summary>One instance's run of a command, from DescribeInvocations or DescribeInvocationResults.</summary>
    public sealed class InstanceInvocationRecord
    {
        public string InvokeId { get; set; } = "";
        public string InstanceId { get; set; } = "";
        /// <summary>Pending, Invalid, Aborted, Running, Success, Failed, Error, Timeout, Cancelled, Stopping, Terminated, Scheduled.</summary>
        public string InvocationStatus { get; set; } = "";
        public long? ExitCode { get; set; }
        /// <summary>Base64, as the service returns it by default.</summary>
        public string Output { get; set; } = "";
        public long Dropped { get; set; }
        public string ErrorCode { get; set; } = "";
        public string ErrorInfo { get; set; } = "";
        public DateTimeOffset? StartTime { get; set; }
        public DateTimeOffset? FinishTime { get; set; }
        public string RequestId { get; set; } = "";

        public bool IsFinished => InvocationStatuses.IsFinal(InvocationStatus);
    }

    public sealed class InvocationRecord
    {
        public string InvokeId { get; set; } = "";
        public string CommandId { get; set; } = "";
        public string InvocationStatus { get; set; } = "";
        /// <summary>When the service created the task (its clock, whole seconds); runs' durations are measured from it.</summary>
        public DateTimeOffset? CreationTime { get; set; }
        public IList<InstanceInvocationRecord> Instances { get; set; } = new List<InstanceInvocationRecord>();
        public string RequestId { get; set; } = "";
    }

    public static class InvocationStatuses
    {
        private static readonly HashSet<string> Final = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Success", "Failed", "Invalid", "Aborted", "Error", "Timeout", "Cancelled", "Terminated", "Stopped", "PartialFailed",
        };

        public static bool IsFinal(string? status) => status != null && Final.Contains(status);
    }

    public sealed class SendFileArgs
    {
        public IList<string> InstanceIds { get; set; } = new List<string>();
        public string Name { get; set; } = "";
        public string TargetDir { get; set; } = "";
        /// <summary>Sent Base64-encoded so any bytes survive the trip.</summary>
        public byte[] Content { get; set; } = Array.Empty<byte>();
        public string FileOwner { get; set; } = "root";
        public string FileGroup { get; set; } = "root";
        public string FileMode { get; set; } = "0644";
        public bool Overwrite { get; set; }
        public string? Description { get; set; }
        /// <summary>The same token on every attempt, so a repeat after a lost answer sends nothing twice.</summary>
        public string ClientToken { get; set; } = Guid.NewGuid().ToString();
        /// <summary>Task tags; a tag unique to the call finds the task again when its answer was lost.</summary>
        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
    }

    public sealed class SendFileResult
    {
        public string InvokeId { get; set; } = "";
        public string RequestId { get; set; } = "";
    }

    public sealed class SendFileInstanceRecord
    {
        public string InstanceId { get; set; } = "";
        public string InvocationStatus { get; set; } = "";
        public string ErrorCode { get; set; } = "";
        public string ErrorInfo { get; set; } = "";
        public bool IsFinished => InvocationStatuses.IsFinal(InvocationStatus);
    }

    public sealed class SendFileInvocationRecord
    {
        public string InvokeId { get; set; } = "";
        public string InvocationStatus { get; set; } = "";
        public IList<SendFileInstanceRecord> Instances { get; set; } = new List<SendFileInstanceRecord>();
        public string RequestId { get; set; } = "";
    }

    public sealed class CloudAssistantStatusRecord
    {
        public string InstanceId { get; set; } = "";
        public bool IsRunning { get; set; }
        public string Version { get; set; } = "";
        public string OSType { get; set; } = "";
    }
}
