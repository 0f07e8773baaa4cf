using System;
using System.Collections.Generic;
using System.Linq;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Roles;
using static AppSnapshot.Workflow.Prerequisites.PrerequisiteCheckNames;

namespace AppSnapshot.Workflow.Prerequisites
{
    /// <summary>Each check of section 2 of the plug-in spec, as a pure function of what the API returned.</summary>
    internal static class PrerequisiteChecks
    {
        private static readonly HashSet<string> HistoricalRegions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "cn-hongkong", "ap-southeast-1", "cn-hangzhou", "cn-shanghai", "cn-beijing",
        };

        public static PrerequisiteCheck OperatingSystem(EcsInstance instance)
        {
            var supported = SupportedOperatingSystems.IsSupported(instance.OSName);
            return supported == null
                ? Unverified(PrerequisiteCheckNames.OperatingSystem, CheckSeverity.Warning, "Could not recognise '" + instance.OSName + "'; the plug-in needs " + SupportedOperatingSystems.Requirement + ".", "Confirm the guest OS version by hand.")
                : Check(PrerequisiteCheckNames.OperatingSystem, supported.Value, CheckSeverity.Error, instance.OSName + (supported.Value ? " is supported." : " is not supported; the plug-in needs " + SupportedOperatingSystems.Requirement + "."),
                    "Take crash-consistent snapshots instead, or upgrade the guest OS.");
        }

        public static PrerequisiteCheck Running(EcsInstance instance) =>
            Check(InstanceRunning, string.Equals(instance.Status, "Running", StringComparison.OrdinalIgnoreCase), CheckSeverity.Error,
                "The instance is " + instance.Status + "; the plug-in runs inside the guest.", "Start the instance.");

        public static PrerequisiteCheck CloudAssistant(CloudAssistantStatusRecord? status) =>
            status == null
                ? Check(PrerequisiteCheckNames.CloudAssistant, false, CheckSeverity.Error, "Cloud Assistant reported nothing for this instance.", "Install the Cloud Assistant client (InstallCloudAssistant, then reboot).")
                : Check(PrerequisiteCheckNames.CloudAssistant, status.IsRunning, CheckSeverity.Error,
                    status.IsRunning ? "Cloud Assistant " + status.Version + " is running." : "No Cloud Assistant heartbeat in the last 2 minutes" + (status.Version.Length == 0 ? " (client not installed)." : "."),
                    "Install or start the Cloud Assistant client on the instance (InstallCloudAssistant, then reboot).");

        public static PrerequisiteCheck RoleAttached(EcsInstance instance) =>
            Check(RamRoleAttached, instance.RamRoleName != null, CheckSeverity.Error,
                instance.RamRoleName != null ? "Role " + instance.RamRoleName + " is attached." : "No instance RAM role is attached (the plug-in exits 13).",
                "Run " + CmdletNames.InitializeRole + ", then " + CmdletNames.AttachInstanceRole + ".");

        public static PrerequisiteCheck RolePolicy(string roleName, RolePolicyVerdict verdict)
        {
            if (verdict.Unverifiable != null)
                return Unverified(RamRolePolicy, CheckSeverity.Warning, "Could not verify the policies of role " + roleName + ": " + verdict.Unverifiable,
                    "Grant the caller ram:ListPoliciesForRole and ram:GetPolicy, or check the role in the RAM console.");
            var ok = verdict.MissingActions.Count == 0;
            return Check(RamRolePolicy, ok, CheckSeverity.Error,
                ok ? "Role " + roleName + " allows the snapshot actions." : "Role " + roleName + " does not allow " + string.Join(", ", verdict.MissingActions) + " (the plug-in exits 3).",
                "Run " + CmdletNames.InitializeRole + " -RoleName " + roleName + " to attach the snapshot policy.");
        }

        public static IEnumerable<PrerequisiteCheck> Disks(IReadOnlyList<DiskRecord> disks)
        {
            var essd = disks.Where(DiskRules.IsEssd).ToList();
            var eligible = DiskRules.Eligible(disks);
            yield return Check(EssdDisks, eligible.Count > 0, CheckSeverity.Error,
                eligible.Count > 0 ? eligible.Count + " ESSD disk(s): " + string.Join(", ", eligible.Select(d => d.DiskId + " (" + d.Category + ")")) + "."
                                   : "No ESSD-family disk without multi-attach (the plug-in exits 3).",
                "Change the disk category to ESSD (cloud_essd, cloud_auto or cloud_essd_entry).");

            var other = disks.Where(d => !DiskRules.IsEssd(d)).ToList();
            yield return Check(NonEssdDisks, other.Count == 0, CheckSeverity.Warning,
                other.Count == 0 ? "Every disk is ESSD." : "Not ESSD, left out of the group: " + string.Join(", ", other.Select(d => d.DiskId + " (" + d.Category + ")")) + ".",
                "Change those disks to ESSD if their data must be in the snapshot.");

            // The plug-in skips a multi-attach disk and snapshots the others: a warning, not a reason to refuse the instance.
            var shared = essd.Where(d => d.IsMultiAttach).ToList();
            yield return Check(MultiAttachDisks, shared.Count == 0, CheckSeverity.Warning,
                shared.Count == 0 ? "No multi-attach disk." : "Multi-attach disks will be skipped (a snapshot-consistent group cannot hold them), so their data is not in the group: " + string.Join(", ", shared.Select(d => d.DiskId)) + ".",
                "Back up " + string.Join(", ", shared.Select(d => d.DiskId)) + " another way if its data must be kept.");

            var size = eligible.Sum(d => d.SizeGiB);
            var fits = eligible.Count <= DiskRules.MaxDisksPerGroup && size <= DiskRules.MaxGroupSizeGiB;
            yield return Check(GroupSize, fits, CheckSeverity.Error,
                eligible.Count + " disk(s), " + size + " GiB (limit " + DiskRules.MaxDisksPerGroup + " disks and " + DiskRules.MaxGroupSizeGiB + " GiB).",
                "Leave disks out with -ExcludeDiskId until the group fits.");
        }

        public static PrerequisiteCheck Region(string regionId) =>
            Check(PrerequisiteCheckNames.Region, HistoricalRegions.Contains(regionId), CheckSeverity.Warning,
                HistoricalRegions.Contains(regionId) ? regionId + " is on the plug-in's original region list."
                    : regionId + " is not on the plug-in's original region list (cn-hongkong, ap-southeast-1, cn-hangzhou, cn-shanghai, cn-beijing); newer regions were added later.",
                "Try one run and check the result.");

        public static PrerequisiteCheck Scripts(Platform platform) =>
            platform == Platform.Windows
                ? Check(PrerequisiteCheckNames.Scripts, true, CheckSeverity.Information, "Windows uses VSS writers; no scripts are needed.", null)
                : Unverified(PrerequisiteCheckNames.Scripts, CheckSeverity.Information,
                    "Not visible through the API: application consistency needs /tmp/prescript.sh and /tmp/postscript.sh (root, 0700); without them the snapshot is file-system-consistent.",
                    "Run " + CmdletNames.SendScript + " to put the scripts in place.");

        public static PrerequisiteCheck FileSystems() =>
            Unverified(PrerequisiteCheckNames.FileSystems, CheckSeverity.Information,
                "Not visible through the API: the file systems must be ext3, ext4, XFS or NTFS, with no network or shared file systems.",
                "Check the guest's mounts (df -T / Get-Volume).");

        /// <param name="severity">What a failure means; a met requirement is <see cref="CheckSeverity.None"/> with no remedy.</param>
        private static PrerequisiteCheck Check(string name, bool passed, CheckSeverity severity, string detail, string? remedy) =>
            new PrerequisiteCheck { Name = name, Passed = passed, SeverityValue = passed ? CheckSeverity.None : severity, Detail = detail, Remedy = passed ? null : remedy };

        /// <summary>A requirement the API cannot show: neither passed nor failed.</summary>
        private static PrerequisiteCheck Unverified(string name, CheckSeverity severity, string detail, string? remedy) =>
            new PrerequisiteCheck { Name = name, Passed = null, SeverityValue = severity, Detail = detail, Remedy = remedy };
    }
}
