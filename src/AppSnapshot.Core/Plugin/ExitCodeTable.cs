using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Output;

namespace AppSnapshot.Plugin
{
    /// <summary>The plug-in's documented exit codes (spec §5), explained in terms of this module's cmdlets.</summary>
    public static class ExitCodeTable
    {
        public const string UndocumentedErrorId = "PluginUndocumentedExitCode";

        private const string RunAgain = "then run New-AppConsistentSnapshotGroup again.";
        private const string ReadGuestOutput = "Read the plug-in output (GuestOutput) of the failed invocation for details";

        private static readonly ExitCodeInfo[] Table =
        {
            new ExitCodeInfo(0, "The snapshot-consistent group was created; the snapshot tags tell which consistency was reached.",
                "PluginSucceeded", ErrorKind.NotSpecified,
                "None. Check the reported Consistency: FileSystem instead of Application means the pre/post scripts or VSS writers were not used."),
            new ExitCodeInfo(1, "A condition is not met: unsupported disk category, invalid snapshot name, network failure, no RAM role or unsupported operating system.",
                "PluginConditionNotMet", ErrorKind.InvalidOperation,
                "Run Test-AppSnapshotPrerequisite for the instance: it reports the operating system, disk categories, Cloud Assistant and RAM role checks one by one; fix the failing one, " + RunAgain),
            new ExitCodeInfo(2, "The parameters after --params have the wrong type or number.",
                "PluginBadParameters", ErrorKind.InvalidArgument,
                "The plug-in rejected the command AppSnapshot built; the installed plug-in version may expect other parameters. " + ReadGuestOutput + " and report it to the AppSnapshot maintainers with the command line."),
            new ExitCodeInfo(3, "No ESSD is attached to the instance, or the RAM role lacks snapshot permissions.",
                "PluginNoEssdOrRoleLacksPermission", ErrorKind.PermissionDenied,
                "Make sure the instance has ESSD disks (cloud_essd or a newer ESSD category) with multi-attach disabled, and that its RAM role carries the AppSnapshotPolicy (ecs:DescribeSnapshot*, ecs:CreateSnapshot*, ecs:TagResources, ecs:DescribeDisks): run Initialize-AppSnapshotRamRole to create the role and policy (it warns when an existing policy lacks actions; add them in RAM), " + RunAgain),
            new ExitCodeInfo(4, "The snapshot-consistent group could not be created.",
                "PluginGroupCreationFailed", ErrorKind.InvalidOperation,
                ReadGuestOutput + "; check the disks are ESSDs in the In_use state, at most 16 disks and 32 TiB per group (use -ExcludeDiskId to leave some out), " + RunAgain),
            new ExitCodeInfo(5, "The snapshot-consistent group is not in the expected state.",
                "PluginGroupUnexpectedState", ErrorKind.InvalidResult,
                "Inspect the group in the ECS console or API; remove a failed group with Remove-EcsSnapshotGroup, " + RunAgain),
            new ExitCodeInfo(6, "Creating the snapshot-consistent group timed out.",
                "PluginGroupCreationTimedOut", ErrorKind.OperationTimeout,
                "The group may still complete: check it before retrying, remove an incomplete group with Remove-EcsSnapshotGroup, and retry at a quieter time or with -InstantAccess."),
            new ExitCodeInfo(7, "One disk snapshot in the group is not in the expected state.",
                "PluginDiskSnapshotUnexpectedState", ErrorKind.InvalidResult,
                "Do not rely on this group: remove it with Remove-EcsSnapshotGroup, check the disk the snapshot belongs to, " + RunAgain),
            new ExitCodeInfo(8, "Tags could not be added to the snapshots.",
                "PluginTaggingFailed", ErrorKind.PermissionDenied,
                "The snapshots exist but are untagged, so their consistency cannot be proven. Make sure the role's policy allows ecs:TagResources (Initialize-AppSnapshotRamRole creates it, and warns when an existing policy lacks the action); remove the untagged group with Remove-EcsSnapshotGroup and " + RunAgain),
            new ExitCodeInfo(9, "The pre-freeze script could not be run.",
                "PluginPreScriptFailed", ErrorKind.InvalidOperation,
                "Check /tmp/prescript.sh on the instance (owner root, mode 0700; upload it with Send-AppSnapshotScript) and the script output in GuestOutput, " + RunAgain),
            new ExitCodeInfo(10, "The post-thaw script could not be run.",
                "PluginPostScriptFailed", ErrorKind.InvalidOperation,
                "The application may still be frozen: check it now. Then check /tmp/postscript.sh (owner root, mode 0700; upload it with Send-AppSnapshotScript) and the script output in GuestOutput."),
            new ExitCodeInfo(11, "File-system I/O could not be frozen.",
                "PluginFreezeFailed", ErrorKind.DeviceError,
                "Check that all file systems are ext3, ext4 or XFS (no network or shared file systems) and not already frozen; raise -FreezeTimeoutSeconds or reduce write load, " + RunAgain),
            new ExitCodeInfo(12, "File-system I/O could not be thawed.",
                "PluginThawFailed", ErrorKind.DeviceError,
                "Urgent: file systems may still be frozen and writes blocked. Thaw them on the instance (fsfreeze -u <mount point>) or restart it, then check the application."),
            new ExitCodeInfo(13, "No RAM role is attached to the instance.",
                "PluginNoRamRole", ErrorKind.PermissionDenied,
                "Attach a RAM role with Set-EcsInstanceRamRole -RamRoleName AppSnapshotRoleName (create it first with Initialize-AppSnapshotRamRole), " + RunAgain),
            new ExitCodeInfo(14, "Too many snapshots: the snapshot quota is exceeded.",
                "PluginSnapshotQuotaExceeded", ErrorKind.QuotaExceeded,
                "Delete old snapshot-consistent groups with Remove-EcsSnapshotGroup (or raise the quota), " + RunAgain),
            new ExitCodeInfo(15, "A snapshot is not in the expected state.",
                "PluginSnapshotUnexpectedState", ErrorKind.InvalidResult,
                ReadGuestOutput + "; remove the incomplete group with Remove-EcsSnapshotGroup, " + RunAgain),
            new ExitCodeInfo(16, "A previous snapshot is still being created and instant access is off.",
                "PluginPreviousSnapshotInProgress", ErrorKind.ResourceBusy,
                "Wait for the previous snapshot of these disks to finish, or use -InstantAccess, " + RunAgain),
            new ExitCodeInfo(255, "Unknown error in the plug-in.",
                "PluginUnknownError", ErrorKind.NotSpecified,
                ReadGuestOutput + "; run Test-AppSnapshotPrerequisite, " + RunAgain),
        };

        private static readonly Dictionary<int, ExitCodeInfo> ByCode = Table.ToDictionary(info => info.Code);

        /// <summary>Every documented code, in ascending order.</summary>
        public static IReadOnlyList<ExitCodeInfo> All { get; } = Table;

        public static ExitCodeInfo Explain(int exitCode) =>
            ByCode.TryGetValue(exitCode, out var info)
                ? info
                : new ExitCodeInfo(exitCode, $"Undocumented exit code {exitCode}.", UndocumentedErrorId, ErrorKind.NotSpecified,
                    ReadGuestOutput + "; the plug-in may be newer than this module. Run Test-AppSnapshotPrerequisite, " + RunAgain);
    }
}
