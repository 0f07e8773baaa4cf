using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Roles
{
    /// <summary>What RAM says about a role's snapshot rights: missing actions, or why it could not tell.</summary>
    internal sealed class RolePolicyVerdict
    {
        public IReadOnlyList<string> MissingActions { get; set; } = Array.Empty<string>();
        /// <summary>Set when RAM could not be read (no permission, role unknown...).</summary>
        public string? Unverifiable { get; set; }
    }

    /// <summary>Reads each role's attached policies once (ListPoliciesForRole + GetPolicy) and checks the four plug-in actions.</summary>
    internal sealed class RolePolicyVerifier
    {
        private readonly RamApi _ram;
        private readonly Dictionary<string, RolePolicyVerdict> _cache = new Dictionary<string, RolePolicyVerdict>();

        public RolePolicyVerifier(RamApi ram) => _ram = ram;

        public async Task<RolePolicyVerdict> VerifyAsync(string roleName, CancellationToken ct)
        {
            if (_cache.TryGetValue(roleName, out var cached)) return cached;
            RolePolicyVerdict verdict;
            try
            {
                var policies = await _ram.ListPoliciesForRoleAsync(roleName, ct).ConfigureAwait(false);
                var missing = SnapshotRolePolicy.RequiredActions.ToList();
                foreach (var attached in policies.Policies)
                {
                    if (missing.Count == 0) break;
                    var policy = await _ram.GetPolicyAsync(attached.PolicyName, attached.PolicyType, ct).ConfigureAwait(false);
                    var stillMissing = SnapshotRolePolicy.MissingActions(policy?.PolicyDocument);
                    missing = missing.Where(stillMissing.Contains).ToList();
                }
                verdict = new RolePolicyVerdict { MissingActions = missing };
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                verdict = new RolePolicyVerdict { Unverifiable = ex.Message };
            }
            _cache[roleName] = verdict;
            return verdict;
        }
    }
}
