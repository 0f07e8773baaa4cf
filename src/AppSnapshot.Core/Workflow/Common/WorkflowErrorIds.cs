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

        // Roles
        public const string RamRoleNotAttached = "RamRoleNotAttached";
        public const string InstanceRamRoleConflict = "InstanceRamRoleConflict";
        public const string InstanceRamRoleAttachFailed = "InstanceRamRoleAttachFailed";
        public const string InstanceRamRoleDetachFailed = "InstanceRamRoleDetachFailed";

        // Snapshot run
        public const string InstanceNotRunning = "InstanceNotRunning";
        public const string UnknownPlatform = "UnknownPlatform";
        public const string RunCommandFailed = "RunCommandFailed";
        public const string CloudAssistantFailed = "CloudAssistantFailed";
        public const string CloudAssistantNotRunning = "CloudAssistantNotRunning";
        public const string NotApplicationConsistent = "NotApplicationConsistent";
        public const string SnapshotGroupMissing = "SnapshotGroupMissing";

        // Scripts
        public const string ScriptUploadWindowsNotSupported = "ScriptUploadWindowsNotSupported";
        public const string ScriptUploadFailed = "ScriptUploadFailed";

        // Groups
        public const string SnapshotGroupRemovalFailed = "SnapshotGroupRemovalFailed";
        public const string RollbackInstanceNotStopped = "RollbackInstanceNotStopped";
        public const string RollbackDiskFailed = "RollbackDiskFailed";
        public const string RollbackSnapshotNotReady = "RollbackSnapshotNotReady";
        public const string InstanceStateTimeout = "InstanceStateTimeout";
    }
}
