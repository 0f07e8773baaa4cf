using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Client;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Roles
{
    public sealed class RamRoleSetupRequest
    {
        public string RoleName { get; set; } = SnapshotRolePolicy.DefaultRoleName;
        public string PolicyName { get; set; } = SnapshotRolePolicy.DefaultPolicyName;
    }

    /// <summary>
    /// Initialize-AppSnapshotRamRole: makes sure the ECS-trusted role and the snapshot policy exist
    /// and are attached. Idempotent: it reads first and treats "already exists" as success.
    /// Writes one <see cref="RamRoleSetupResult"/>.
    /// </summary>
    public sealed class RamRoleSetupOperation
    {
        private readonly ICloudClients _clients;

        public RamRoleSetupOperation(AcsSession session) : this(new SessionClients(session)) { }

        public RamRoleSetupOperation(ICloudClients clients) => _clients = clients ?? throw new ArgumentNullException(nameof(clients));

        public async Task RunAsync(RamRoleSetupRequest request, IOutputSink sink, CancellationToken ct)
        {
            PluginValueValidator.ValidateRoleName(request.RoleName, "RoleName");
            ValidatePolicyName(request.PolicyName);
            var ram = new RamApi(_clients.Ram);
            var result = new RamRoleSetupResult { RoleName = request.RoleName, PolicyName = request.PolicyName };

            var role = await ram.GetRoleAsync(request.RoleName, ct).ConfigureAwait(false);
            if (role != null)
            {
                result.RoleStatusValue = SetupStatus.Existed;
                if (role.AssumeRolePolicyDocument.IndexOf("ecs.aliyuncs.com", StringComparison.OrdinalIgnoreCase) < 0)
                    sink.WriteWarning("Role " + request.RoleName + " exists but does not trust ecs.aliyuncs.com; instances cannot use it until its trust policy names the ECS service.");
            }
            else if (sink.ShouldProcess(request.RoleName, "Create RAM role trusted by ecs.aliyuncs.com"))
            {
                var created = await CreateRoleAsync(ram, request.RoleName, ct).ConfigureAwait(false);
                role = created.Role;
                result.RoleStatusValue = created.IsNew ? SetupStatus.Created : SetupStatus.Existed;
            }
            else result.RoleStatusValue = SetupStatus.Skipped;
            result.RoleArn = role?.Arn ?? "";
            AddRequestId(result, role?.RequestId);

            var policy = await ram.GetPolicyAsync(request.PolicyName, RamPolicyTypes.Custom, ct).ConfigureAwait(false);
            if (policy != null)
            {
                result.PolicyStatusValue = SetupStatus.Existed;
                AddRequestId(result, policy.RequestId);
                var missing = SnapshotRolePolicy.MissingActions(policy.PolicyDocument);
                if (missing.Count > 0)
                {
                    result.PolicyDocumentDiffers = true;
                    sink.WriteWarning("Policy " + request.PolicyName + " exists but does not allow " + string.Join(", ", missing) +
                        " on resource *; the plug-in will exit 3. Add them to the policy's default version.");
                }
            }
            else if (sink.ShouldProcess(request.PolicyName, "Create RAM policy with the snapshot actions"))
            {
                result.PolicyStatusValue = await CreatePolicyAsync(ram, request.PolicyName, result, ct).ConfigureAwait(false);
            }
            else result.PolicyStatusValue = SetupStatus.Skipped;

            result.AttachmentStatusValue = await AttachAsync(ram, request, result, sink, ct).ConfigureAwait(false);
            sink.WriteObject(result);
        }

        private static async Task<(RamRoleRecord? Role, bool IsNew)> CreateRoleAsync(RamApi ram, string roleName, CancellationToken ct)
        {
            try
            {
                return (await ram.CreateRoleAsync(roleName, SnapshotRolePolicy.TrustPolicyDocument, "Lets Cloud Assistant's app-snapshot plug-in create snapshots", ct).ConfigureAwait(false), true);
            }
            catch (AcsApiException ex) when (ex.Code.StartsWith("EntityAlreadyExists", StringComparison.Ordinal))
            {
                // Created by someone else between our read and our write.
                return (await ram.GetRoleAsync(roleName, ct).ConfigureAwait(false), false);
            }
            catch (Exception lost) when (LostAnswers.MayHaveChanged(lost))
            {
                var role = await ReadBackAsync(() => ram.GetRoleAsync(roleName, ct), "Creating role " + roleName, lost).ConfigureAwait(false);
                return (role ?? throw NotMade("Creating role " + roleName, lost), true);
            }
        }

        private static async Task<SetupStatus> CreatePolicyAsync(RamApi ram, string policyName, RamRoleSetupResult result, CancellationToken ct)
        {
            try
            {
                AddRequestId(result, await ram.CreatePolicyAsync(policyName, SnapshotRolePolicy.PolicyDocument, "Snapshot rights for the app-snapshot plug-in", ct).ConfigureAwait(false));
                return SetupStatus.Created;
            }
            catch (AcsApiException ex) when (ex.Code.StartsWith("EntityAlreadyExists", StringComparison.Ordinal))
            {
                return SetupStatus.Existed;
            }
            catch (Exception lost) when (LostAnswers.MayHaveChanged(lost))
            {
                var policy = await ReadBackAsync(() => ram.GetPolicyAsync(policyName, RamPolicyTypes.Custom, ct), "Creating policy " + policyName, lost).ConfigureAwait(false);
                return policy != null ? SetupStatus.Created : throw NotMade("Creating policy " + policyName, lost);
            }
        }

        private static async Task<SetupStatus> AttachAsync(RamApi ram, RamRoleSetupRequest request, RamRoleSetupResult result, IOutputSink sink, CancellationToken ct)
        {
            if (result.RoleStatusValue == SetupStatus.Skipped || result.PolicyStatusValue == SetupStatus.Skipped) return SetupStatus.Skipped;
            if (result.RoleStatusValue == SetupStatus.Existed)
            {
                var attached = await ram.ListPoliciesForRoleAsync(request.RoleName, ct).ConfigureAwait(false);
                AddRequestId(result, attached.RequestId);
                if (IsAttached(attached, request.PolicyName)) return SetupStatus.AlreadyAttached;
            }
            if (!sink.ShouldProcess(request.RoleName, "Attach policy " + request.PolicyName)) return SetupStatus.Skipped;
            try
            {
                AddRequestId(result, await ram.AttachPolicyToRoleAsync(request.PolicyName, RamPolicyTypes.Custom, request.RoleName, ct).ConfigureAwait(false));
                return SetupStatus.Attached;
            }
            catch (AcsApiException ex) when (ex.Code == "EntityAlreadyExists.Role.Policy")
            {
                return SetupStatus.AlreadyAttached;
            }
            catch (Exception lost) when (LostAnswers.MayHaveChanged(lost))
            {
                var doing = "Attaching policy " + request.PolicyName + " to " + request.RoleName;
                var now = await ReadBackAsync(() => ram.ListPoliciesForRoleAsync(request.RoleName, ct), doing, lost).ConfigureAwait(false);
                return IsAttached(now, request.PolicyName) ? SetupStatus.Attached : throw NotMade(doing, lost);
            }
        }

        private static bool IsAttached(RolePolicies policies, string policyName) =>
            policies.Policies.Any(p => p.PolicyName == policyName && p.PolicyType == RamPolicyTypes.Custom);

        /// <summary>A change whose answer was lost: what is there now. A read-back that fails too ends the command, saying the change may have been made.</summary>
        private static async Task<T> ReadBackAsync<T>(Func<Task<T>> read, string doing, Exception lost)
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (Exception failed) when (ApiErrors.IsApiFailure(failed))
            {
                var unknown = LostAnswers.Unknown(doing, doing, lost, failed, "the RAM role and policy in the console");
                throw new AppSnapshotException(unknown.Message, unknown.ErrorId, unknown.RecommendedAction);
            }
        }

        private static AppSnapshotException NotMade(string doing, Exception lost) =>
            new AppSnapshotException(doing + ": the answer was lost (" + lost.Message + ") and reading back shows it was not made.",
                WorkflowErrorIds.RamSetupIncomplete, "Nothing was created by this step; run the command again.");

        private static void ValidatePolicyName(string name)
        {
            if (string.IsNullOrEmpty(name) || name.Length > 128 || !name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '-')))
                throw new ArgumentException("-PolicyName: 1 to 128 characters, letters, digits and '-' only.", "PolicyName");
        }

        private static void AddRequestId(RamRoleSetupResult result, string? requestId)
        {
            if (!string.IsNullOrEmpty(requestId)) result.RequestIds.Add(requestId!);
        }
    }
}
