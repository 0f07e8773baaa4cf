using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Api
{
    /// <summary>RAM CreateRole, GetRole, ListRoles, CreatePolicy, GetPolicy, AttachPolicyToRole, ListPoliciesForRole (no RegionId).</summary>
    public sealed class RamApi
    {
        private readonly IRpcClient _ram;

        public RamApi(IRpcClient ram) => _ram = ram;

        /// <summary>Null when the role does not exist.</summary>
        public async Task<RamRoleRecord?> GetRoleAsync(string roleName, CancellationToken ct)
        {
            try
            {
                var response = await _ram.CallAsync(new RpcRequest("GetRole").Add("RoleName", roleName), ct).ConfigureAwait(false);
                return ReadRole(response);
            }
            catch (AcsApiException ex) when (ex.Code == "EntityNotExist.Role")
            {
                return null;
            }
        }

        /// <summary>Every role of the account (all pages of ListRoles, 1000 per page).</summary>
        public async Task<IReadOnlyList<RamRoleRecord>> ListRolesAsync(CancellationToken ct)
        {
            var roles = new List<RamRoleRecord>();
            string? marker = null;
            do
            {
                var response = await _ram.CallAsync(new RpcRequest("ListRoles").Add("MaxItems", "1000").Add("Marker", marker), ct).ConfigureAwait(false);
                roles.AddRange(response.Body.GetList("Roles", "Role").Select(r => new RamRoleRecord
                {
                    RoleName = ApiValues.Text(r, "RoleName"),
                    Arn = ApiValues.Text(r, "Arn"),
                    Description = ApiValues.Text(r, "Description"),
                    RequestId = response.RequestId,
                }));
                marker = ApiValues.Flag(response.Body, "IsTruncated") ? response.Body.GetString("Marker") : null;
            }
            while (!string.IsNullOrEmpty(marker));
            return roles;
        }

        public async Task<RamRoleRecord> CreateRoleAsync(string roleName, string trustPolicyDocument, string? description, CancellationToken ct)
        {
            var request = new RpcRequest("CreateRole")
                .Add("RoleName", roleName)
                .Add("AssumeRolePolicyDocument", trustPolicyDocument)
                .Add("Description", description);
            return ReadRole(await _ram.CallAsync(request, ct).ConfigureAwait(false));
        }

        /// <summary>Null when the policy does not exist.</summary>
        public async Task<RamPolicyRecord?> GetPolicyAsync(string policyName, string policyType, CancellationToken ct)
        {
            try
            {
                var response = await _ram.CallAsync(new RpcRequest("GetPolicy").Add("PolicyName", policyName).Add("PolicyType", policyType), ct).ConfigureAwait(false);
                var policy = response.Body.GetObject("Policy") ?? new JsonObject();
                var document = response.Body.GetObject("DefaultPolicyVersion")?.GetString("PolicyDocument") ?? policy.GetString("PolicyDocument") ?? "";
                return new RamPolicyRecord
                {
                    PolicyName = ApiValues.Text(policy, "PolicyName"),
                    PolicyType = ApiValues.Text(policy, "PolicyType"),
                    DefaultVersion = ApiValues.Text(policy, "DefaultVersion"),
                    PolicyDocument = document,
                    RequestId = response.RequestId,
                };
            }
            catch (AcsApiException ex) when (ex.Code == "EntityNotExist.Policy")
            {
                return null;
            }
        }

        public async Task<string> CreatePolicyAsync(string policyName, string policyDocument, string? description, CancellationToken ct)
        {
            var request = new RpcRequest("CreatePolicy")
                .Add("PolicyName", policyName)
                .Add("PolicyDocument", policyDocument)
                .Add("Description", description);
            return (await _ram.CallAsync(request, ct).ConfigureAwait(false)).RequestId;
        }

        public async Task<string> AttachPolicyToRoleAsync(string policyName, string policyType, string roleName, CancellationToken ct)
        {
            var request = new RpcRequest("AttachPolicyToRole")
                .Add("PolicyType", policyType)
                .Add("PolicyName", policyName)
                .Add("RoleName", roleName);
            return (await _ram.CallAsync(request, ct).ConfigureAwait(false)).RequestId;
        }

        public async Task<RolePolicies> ListPoliciesForRoleAsync(string roleName, CancellationToken ct)
        {
            var response = await _ram.CallAsync(new RpcRequest("ListPoliciesForRole").Add("RoleName", roleName), ct).ConfigureAwait(false);
            return new RolePolicies
            {
                Policies = response.Body.GetList("Policies", "Policy").Select(p => new RolePolicyRecord
                {
                    PolicyName = ApiValues.Text(p, "PolicyName"),
                    PolicyType = ApiValues.Text(p, "PolicyType"),
                }).ToList(),
                RequestId = response.RequestId,
            };
        }

        private static RamRoleRecord ReadRole(RpcResponse response)
        {
            var role = response.Body.GetObject("Role") ?? new JsonObject();
            return new RamRoleRecord
            {
                RoleName = ApiValues.Text(role, "RoleName"),
                Arn = ApiValues.Text(role, "Arn"),
                AssumeRolePolicyDocument = ApiValues.Text(role, "AssumeRolePolicyDocument"),
                RequestId = response.RequestId,
            };
        }
    }
}
