using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>What Initialize-AppSnapshotRamRole created and what already existed.</summary>
    public sealed class RamRoleSetupResult
    {
        public string RoleName { get; set; } = "";
        public string RoleArn { get; set; } = "";
        public string PolicyName { get; set; } = "";
        public SetupStatus RoleStatus { get; set; }
        public SetupStatus PolicyStatus { get; set; }
        /// <summary>True when an existing policy's document does not grant what the plug-in needs.</summary>
        public bool PolicyDocumentDiffers { get; set; }
        public SetupStatus AttachmentStatus { get; set; }
        public IList<string> RequestIds { get; set; } = new List<string>();

        public override string ToString() => RoleName;
    }

    public enum SetupStatus
    {
        Created,
        Existed,
        Attached,
        AlreadyAttached,
        /// <summary>-WhatIf, or declined at the confirmation prompt.</summary>
        Skipped,
    }
}
