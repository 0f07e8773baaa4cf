using System.Collections.Generic;

namespace AppSnapshot.Api
{
    public sealed class RamRoleRecord
    {
        public string RoleName { get; set; } = "";
        public string Arn { get; set; } = "";
        public string AssumeRolePolicyDocument { get; set; } = "";
        /// <summary>Filled by ListRoles (GetRole leaves it empty).</summary>
        public string Description { get; set; } = "";
        public string RequestId { get; set; } = "";
    }

    public sealed class RamPolicyRecord
    {
        public string PolicyName { get; set; } = "";
        public string PolicyType { get; set; } = "";
        public string DefaultVersion { get; set; } = "";
        /// <summary>The default version's document (empty when the service did not return it).</summary>
        public string PolicyDocument { get; set; } = "";
        public string RequestId { get; set; } = "";
    }

    public sealed class RolePolicyRecord
    {
        public string PolicyName { get; set; } = "";
        public string PolicyType { get; set; } = "";
    }

    public static class RamPolicyTypes
    {
        public const string Custom = "Custom";
        public const string System = "System";
    }

    public sealed class RolePolicies
    {
        public IList<RolePolicyRecord> Policies { get; set; } = new List<RolePolicyRecord>();
        public string RequestId { get; set; } = "";
    }
}
