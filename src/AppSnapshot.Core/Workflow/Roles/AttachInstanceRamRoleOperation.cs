using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Workflow.Roles
{
    /// <summary>
    /// Attaches the snapshot role to instances, 100 per call. Writes one
    /// <see cref="InstanceRamRoleAssignment"/> per instance (Attached, AlreadyAttached, Replaced)
    /// or an error (the user declined to replace a different role, or the service refused).
    /// Replacing a role takes the old role's permissions away, so besides ShouldProcess it asks
    /// ShouldContinue, unless the request says Force.
    /// </summary>
    public sealed class AttachInstanceRamRoleOperation
    {
        private readonly ICloudClients _clients;

        public AttachInstanceRamRoleOperation(AcsSession session) : this(new SessionClients(session)) { }

        public AttachInstanceRamRoleOperation(ICloudClients clients) => _clients = clients ?? throw new ArgumentNullException(nameof(clients));

        public async Task RunAsync(InstanceRamRoleAttachRequest request, IOutputSink sink, CancellationToken ct)
        {
            PluginValueValidator.ValidateRoleName(request.RoleName, "RamRoleName");
            if (request.Instances.Count == 0) throw new ArgumentException("Name at least one instance.", "InstanceId");
            foreach (var region in InstanceTarget.ByRegion(request.Instances, _clients))
            {
                var regionId = region.RegionId;
                var instances = await InstanceDirectory.ReadAsync(_clients, regionId, region.InstanceIds, true, sink, ct).ConfigureAwait(false);
                await AttachInRegionAsync(regionId, instances.Values.ToList(), request, sink, ct).ConfigureAwait(false);
            }
        }

        private async Task AttachInRegionAsync(string regionId, IList<EcsInstance> instances, InstanceRamRoleAttachRequest request, IOutputSink sink, CancellationToken ct)
        {
            var api = new InstanceRamRoleApi(_clients.Ecs(regionId));
            var toAttach = new List<string>();
            var toReplace = new List<EcsInstance>();
            foreach (var instance in instances)
            {
                if (instance.RamRoleName == request.RoleName)
                {
                    sink.WriteObject(Assignment(instance, request.RoleName, RoleAssignmentResult.AlreadyAttached, null));
                }
                else if (instance.RamRoleName == null)
                {
                    if (sink.ShouldProcess(instance.InstanceId, "Attach RAM role " + request.RoleName)) toAttach.Add(instance.InstanceId);
                }
                else if (sink.ShouldProcess(instance.InstanceId, "Replace RAM role " + instance.RamRoleName + " with " + request.RoleName))
                {
                    if (request.Force || sink.ShouldContinue(
                            instance.InstanceId + " has RAM role " + instance.RamRoleName + ". Replace it with " + request.RoleName +
                            "? Software on the instance loses the old role's permissions.", "Replace instance RAM role"))
                    {
                        toReplace.Add(instance);
                    }
                    else
                    {
                        sink.WriteError(new OperationError(WorkflowErrorIds.InstanceRamRoleConflict, ErrorKind.ResourceExists,
                            instance.InstanceId + " keeps role " + instance.RamRoleName + ": replacing it was declined; an instance holds one RAM role.", instance,
                            "Pass -Force to replace it with " + request.RoleName + " without the question, or add the snapshot policy to " +
                            instance.RamRoleName + " and use that role."));
                    }
                }
            }

            var replaced = new HashSet<string>();
            if (toReplace.Count > 0)
            {
                var oldRoles = toReplace.Select(i => i.InstanceId).ToList();
                var detached = await CallAsync(() => api.DetachAsync(oldRoles, null, ct), () => RoleReadBack.DetachedAsync(api, oldRoles, ct),
                    oldRoles, "Detaching the old role", sink).ConfigureAwait(false);
                foreach (var r in detached)
                {
                    if (r.Success) replaced.Add(r.InstanceId);
                    else sink.WriteError(Failure(WorkflowErrorIds.InstanceRamRoleDetachFailed, r, "could not detach its current role"));
                }
                toAttach.AddRange(replaced);
            }
            if (toAttach.Count == 0) return;

            var results = await CallAsync(() => api.AttachAsync(request.RoleName, toAttach, ct), () => RoleReadBack.AttachedAsync(api, request.RoleName, toAttach, ct),
                toAttach, "Attaching " + request.RoleName, sink).ConfigureAwait(false);
            var byId = instances.ToDictionary(i => i.InstanceId);
            foreach (var r in results)
            {
                if (!r.Success) { sink.WriteError(Failure(WorkflowErrorIds.InstanceRamRoleAttachFailed, r, "could not get role " + request.RoleName)); continue; }
                var outcome = replaced.Contains(r.InstanceId) ? RoleAssignmentResult.Replaced : RoleAssignmentResult.Attached;
                sink.WriteObject(Assignment(byId[r.InstanceId], request.RoleName, outcome, r.RequestId));
            }
        }

        /// <summary>
        /// A failed batch call becomes one error per instance in it; a lost answer is reconciled first: the roles are
        /// read back, and only the instances whose role did not change are reported as failed.
        /// </summary>
        internal static async Task<IReadOnlyList<InstanceRoleResult>> CallAsync(Func<Task<IReadOnlyList<InstanceRoleResult>>> call,
            Func<Task<IReadOnlyList<InstanceRoleResult>>> readBack, IEnumerable<string> ids, string doing, IOutputSink sink)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (Exception lost) when (LostAnswers.MayHaveChanged(lost))
            {
                sink.WriteVerbose(doing + ": the answer was lost (" + lost.Message + "); reading the roles back.");
                try
                {
                    return await readBack().ConfigureAwait(false);
                }
                catch (Exception failed) when (ApiErrors.IsApiFailure(failed))
                {
                    foreach (var id in ids) sink.WriteError(LostAnswers.Unknown(id, doing + " on " + id, lost, failed, "the instance's role (" + CmdletNames.GetInstanceRole + ")"));
                    return Array.Empty<InstanceRoleResult>();
                }
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                foreach (var id in ids) sink.WriteError(ApiErrors.ToError(ex, id, doing));
                return Array.Empty<InstanceRoleResult>();
            }
        }

        internal static InstanceRamRoleAssignment Assignment(EcsInstance instance, string? role, RoleAssignmentResult result, string? requestId) =>
            new InstanceRamRoleAssignment { InstanceId = instance.InstanceId, RegionId = instance.RegionId, RamRoleName = role, ResultValue = result, RequestId = requestId };

        internal static OperationError Failure(string errorId, InstanceRoleResult r, string what)
        {
            var requestId = string.IsNullOrEmpty(r.RequestId) ? "" : " [RequestId " + r.RequestId + "]";
            if (r.Code == RoleReadBack.LostCode)
                return new OperationError(errorId, ErrorKind.ConnectionError, r.InstanceId + " " + what + ": " + r.Message + ".", r.InstanceId,
                    "Nothing was changed on this instance; run the command again.");
            var missingRole = r.Code.StartsWith("InvalidRamRole", StringComparison.Ordinal);
            return new OperationError(errorId, missingRole ? ErrorKind.ObjectNotFound : ErrorKind.InvalidOperation,
                r.InstanceId + " " + what + ": " + r.Code + " " + r.Message + requestId, r.InstanceId,
                missingRole
                    ? "Create the role with " + CmdletNames.InitializeRole + " (it must trust ecs.aliyuncs.com), then run again."
                    : "See the code and message from the service, correct the cause, and run again.");
        }
    }
}
