namespace AppSnapshot.Workflow
{
    /// <summary>Cmdlet names quoted in recommended actions, kept in one place.</summary>
    internal static class CmdletNames
    {
        public const string InitializeRole = "Initialize-AppSnapshotRamRole";
        public const string AttachInstanceRole = "Set-EcsInstanceRamRole";
        public const string SendScript = "Send-AppSnapshotScript";
        public const string GetResult = "Get-AppSnapshotResult";
        public const string TestPrerequisite = "Test-AppSnapshotPrerequisite";
    }
}
