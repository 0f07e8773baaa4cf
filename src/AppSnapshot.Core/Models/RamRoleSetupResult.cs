using System.Collections.Generic;

namespace AppSnapshot.Models
{
    /// <summary>What Initialize-AppSnapshotRamRole created and what already existed.</summary>
    public sealed class RamRoleSetupResult
    {
        private IList<string> _requestIds = new JoinedList<string>(ListSeparators.Items);

        public string RoleName { get; set; } = "";
        public string RoleArn { get; set; } = "";
        public string PolicyName { get; set; } = "";

        /// <summary>Created, Existed or Skipped.</summary>
        public string RoleStatus
        {
            get => RoleStatusValue.ToString();
            set => RoleStatusValue = EnumName.Parse<SetupStatus>(value, nameof(RoleStatus));
        }

        internal SetupStatus RoleStatusValue { get; set; }

        /// <summary>Created, Existed or Skipped.</summary>
        public string PolicyStatus
        {
            get => PolicyStatusValue.ToString();
            set => PolicyStatusValue = EnumName.Parse<SetupStatus>(value, nameof(PolicyStatus));
        }

        internal SetupStatus PolicyStatusValue { get; set; }

        /// <summary>True when an existing policy's document does not grant what the plug-in needs.</summary>
        public bool PolicyDocumentDiffers { get; set; }

        /// <summary>Attached, AlreadyAttached or Skipped.</summary>
        public string AttachmentStatus
        {
            get => AttachmentStatusValue.ToString();
            set => AttachmentStatusValue = EnumName.Parse<SetupStatus>(value, nameof(AttachmentStatus));
        }

        internal SetupStatus AttachmentStatusValue { get; set; }

        public IList<string> RequestIds
        {
            get => _requestIds;
            set => _requestIds = new JoinedList<string>(ListSeparators.Items, value);
        }

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
