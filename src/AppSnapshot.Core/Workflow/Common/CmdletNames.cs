namespace AppSnapshot.Workflow.Common
{
    /// <summary>Cmdlet names quoted in recommended actions, kept in one place.</summary>
    internal static class CmdletNames
    {
        public const string InitializeRole = "Initialize-AppSnapshotRamRole";
        public const string AttachInstanceRole = "Set-EcsInstanceRamRole";
        public const string SendScript = "Send-AppSnapshotScript";
        public const string GetResult = "Get-AppSnapshotResult";
        public const string TestPrerequisite = "Test-AppSnapshotPrerequisite";
        public const string GetInstanceRole = "Get-EcsInstanceRamRole";
        public const string GetSnapshotGroup = "Get-EcsSnapshotGroup";
        public const string GetInstance = "Get-EcsInstance";
    }

    /// <summary>
    /// New-AppConsistentSnapshotGroup's parameter for each plug-in option, so that a refused value
    /// names the parameter the user typed, not the plug-in's spelling.
    /// </summary>
    internal static class SnapshotParameterNames
    {
        public const string ExcludeWriters = "ExcludeWriters";
        public const string NoFsFreeze = "NoFsFreeze";
        public const string FreezeTimeout = "FreezeTimeoutSeconds";
        public const string ScriptTimeout = "ScriptTimeoutSeconds";

        private static readonly System.Collections.Generic.Dictionary<string, string> ByPluginOption =
            new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal)
            {
                ["EnableWriters"] = ExcludeWriters,
                ["EnableFsFreeze"] = NoFsFreeze,
                ["TimeoutInSeconds"] = FreezeTimeout,
                ["ScriptTimeoutInSeconds"] = ScriptTimeout,
            };

        /// <summary>The cmdlet's name for a plug-in option; options spelled alike (Name, Description...) map to themselves.</summary>
        public static string ForPluginOption(string? option) =>
            option != null && ByPluginOption.TryGetValue(option, out var name) ? name : option ?? string.Empty;
    }
}
