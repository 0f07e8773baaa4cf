namespace AppSnapshot.Models
{
    /// <summary>The outcome of attaching, reading or detaching an instance RAM role.</summary>
    public sealed class InstanceRamRoleAssignment
    {
        public string InstanceId { get; set; } = "";
        public string RegionId { get; set; } = "";
        /// <summary>The role now attached (null after a detach, or when none is attached).</summary>
        public string? RamRoleName { get; set; }

        /// <summary>Attached, AlreadyAttached, Replaced, Detached, NotAttached or Current.</summary>
        public string Result
        {
            get => ResultValue.ToString();
            set => ResultValue = EnumName.Parse<RoleAssignmentResult>(value, nameof(Result));
        }

        internal RoleAssignmentResult ResultValue { get; set; }

        public string? RequestId { get; set; }

        public override string ToString() => InstanceId + ": " + Result;
    }

    public enum RoleAssignmentResult
    {
        Attached,
        AlreadyAttached,
        Replaced,
        Detached,
        NotAttached,
        /// <summary>Read-only lookup: the role currently attached.</summary>
        Current,
    }
}
