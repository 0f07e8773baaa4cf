namespace AppSnapshot.Workflow.Common
{
    /// <summary>ErrorIds the operations write. Public contract: never rename one.</summary>
    public static class WorkflowErrorIds
    {
        // Lookups
        public const string InstanceNotFound = "InstanceNotFound";
        public const string SnapshotGroupNotFound = "SnapshotGroupNotFound";
        public const string InvocationNotFound = "InvocationNotFound";
        /// <summary>A call to the cloud failed; the message carries the service's code and request id.</summary>
        public const string ApiCallFailed = "ApiCallFailed";
        /// <summary>A change whose answer was lost, and whose read-back failed too: it may or may not have been made.</summary>
        public const string ChangeOutcomeUnknown = "ChangeOutcomeUnknown";

        // Roles
        public const string RamRoleNotAttached = "RamRoleNotAttached";
        public const string InstanceRamRoleConflict = "InstanceRamRoleConflict";
        public const string InstanceRamRoleAttachFailed = "InstanceRamRoleAttachFailed";
        public const string InstanceRamRoleDetachFailed = "InstanceRamRoleDetachFailed";
        /// <summary>A step of Initialize-AppSnapshotRamRole lost its answer and was, as the read-back shows, not made.</summary>
        public const string RamSetupIncomplete = "RamSetupIncomplete";

        // Snapshot run
        public const string InstanceNotRunning = "InstanceNotRunning";
        public const string UnknownPlatform = "UnknownPlatform";
        public const string RunCommandFailed = "RunCommandFailed";
        public const string CloudAssistantFailed = "CloudAssistantFailed";
        public const string CloudAssistantNotRunning = "CloudAssistantNotRunning";
        public const string NotApplicationConsistent = "NotApplicationConsistent";
        public const string SnapshotGroupMissing = "SnapshotGroupMissing";
        /// <summary>RunCommand's answer was lost and the run could not be looked up: it may have started; it is registered.</summary>
        public const string RunOutcomeUnknown = "RunOutcomeUnknown";
        /// <summary>The wait (-TimeoutSeconds) ended before the run finished; the run keeps going and is registered.</summary>
        public const string WaitTimedOut = "WaitTimedOut";
        /// <summary>The run's status could not be read during the whole wait (outage, credentials); the run is registered.</summary>
        public const string InvocationStatusUnknown = "InvocationStatusUnknown";
        /// <summary>The invocation exists but did not run on the -InstanceId given.</summary>
        public const string InstanceNotInInvocation = "InstanceNotInInvocation";

        // Scripts
        public const string ScriptUploadWindowsNotSupported = "ScriptUploadWindowsNotSupported";
        public const string ScriptUploadFailed = "ScriptUploadFailed";

        // Groups
        public const string SnapshotGroupRemovalFailed = "SnapshotGroupRemovalFailed";
        public const string RollbackInstanceNotStopped = "RollbackInstanceNotStopped";
        public const string RollbackDiskFailed = "RollbackDiskFailed";
        public const string RollbackSnapshotNotReady = "RollbackSnapshotNotReady";
        public const string InstanceStateTimeout = "InstanceStateTimeout";
        /// <summary>StopInstance/StartInstance lost its answer and the instance's status shows it was not carried out.</summary>
        public const string InstanceStateChangeFailed = "InstanceStateChangeFailed";
    }
}
