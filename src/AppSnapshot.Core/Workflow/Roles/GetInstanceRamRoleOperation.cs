using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Workflow.Roles
{
    /// <summary>Reads the role of each instance (50 per call). Writes an <see cref="InstanceRamRoleAssignment"/> with Result Current or NotAttached.</summary>
    public sealed class GetInstanceRamRoleOperation
    {
        private readonly ICloudClients _clients;

        public GetInstanceRamRoleOperation(AcsSession session) : this(new SessionClients(session)) { }

        public GetInstanceRamRoleOperation(ICloudClients clients) => _clients = clients ?? throw new ArgumentNullException(nameof(clients));

        public async Task RunAsync(InstanceRamRoleQueryRequest request, IOutputSink sink, CancellationToken ct)
        {
            foreach (var region in InstanceTarget.ByRegion(request.Instances, _clients))
            {
                var regionId = region.RegionId;
                var ids = region.InstanceIds;
                var instances = await InstanceDirectory.ReadAsync(_clients, regionId, ids, true, sink, ct).ConfigureAwait(false);
                foreach (var id in ids.Where(instances.ContainsKey))
                {
                    var instance = instances[id];
                    sink.WriteObject(AttachInstanceRamRoleOperation.Assignment(instance, instance.RamRoleName,
                        instance.RamRoleName == null ? RoleAssignmentResult.NotAttached : RoleAssignmentResult.Current, null));
                }
            }
        }
    }
}
