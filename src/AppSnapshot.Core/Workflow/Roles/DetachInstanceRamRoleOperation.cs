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
    /// <summary>Detaches instance roles, 100 per call. Writes Detached or NotAttached per instance, or an error.</summary>
    public sealed class DetachInstanceRamRoleOperation
    {
        private readonly ICloudClients _clients;

        public DetachInstanceRamRoleOperation(AcsSession session) : this(new SessionClients(session)) { }

        public DetachInstanceRamRoleOperation(ICloudClients clients) => _clients = clients ?? throw new ArgumentNullException(nameof(clients));

        public async Task RunAsync(InstanceRamRoleDetachRequest request, IOutputSink sink, CancellationToken ct)
        {
            if (request.RoleName != null) AppSnapshot.Plugin.PluginValueValidator.ValidateRoleName(request.RoleName, "RamRoleName");
            foreach (var region in InstanceTarget.ByRegion(request.Instances, _clients))
            {
                var regionId = region.RegionId;
                var instances = await InstanceDirectory.ReadAsync(_clients, regionId, region.InstanceIds, true, sink, ct).ConfigureAwait(false);
                var toDetach = new List<EcsInstance>();
                foreach (var instance in instances.Values)
                {
                    if (instance.RamRoleName == null || request.RoleName != null && instance.RamRoleName != request.RoleName)
                        sink.WriteObject(AttachInstanceRamRoleOperation.Assignment(instance, instance.RamRoleName, RoleAssignmentResult.NotAttached, null));
                    else if (sink.ShouldProcess(instance.InstanceId, "Detach RAM role " + instance.RamRoleName))
                        toDetach.Add(instance);
                }
                if (toDetach.Count == 0) continue;
                var api = new InstanceRamRoleApi(_clients.Ecs(regionId));
                var ids = toDetach.Select(i => i.InstanceId).ToList();
                var results = await AttachInstanceRamRoleOperation.CallAsync(() => api.DetachAsync(ids, request.RoleName, ct),
                    () => RoleReadBack.DetachedAsync(api, ids, ct), ids, "Detaching the role", sink).ConfigureAwait(false);
                foreach (var r in results)
                {
                    if (r.Success) sink.WriteObject(AttachInstanceRamRoleOperation.Assignment(instances[r.InstanceId], null, RoleAssignmentResult.Detached, r.RequestId));
                    else sink.WriteError(AttachInstanceRamRoleOperation.Failure(WorkflowErrorIds.InstanceRamRoleDetachFailed, r, "could not detach its role"));
                }
            }
        }
    }
}
