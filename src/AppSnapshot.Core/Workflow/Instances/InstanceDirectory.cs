using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Instances
{
    /// <summary>Reads the named instances of one region (and optionally their roles) and reports the ids that do not exist.</summary>
    internal static class InstanceDirectory
    {
        public static async Task<IReadOnlyDictionary<string, EcsInstance>> ReadAsync(ICloudClients clients, string regionId,
            IReadOnlyCollection<string> instanceIds, bool withRoles, IOutputSink sink, CancellationToken ct)
        {
            var ecs = clients.Ecs(regionId);
            IReadOnlyList<InstanceRecord> records;
            IReadOnlyDictionary<string, string>? roles = null;
            if (withRoles) (records, roles) = await InstanceReads.ByIdWithRolesAsync(ecs, instanceIds, ct).ConfigureAwait(false);
            else records = await InstanceReads.ByIdAsync(ecs, instanceIds, ct).ConfigureAwait(false);
            var found = records.GroupBy(r => r.InstanceId).ToDictionary(g => g.Key, g => ToModel(g.First(), regionId));
            foreach (var missing in instanceIds.Where(id => !found.ContainsKey(id)))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.InstanceNotFound, ErrorKind.ObjectNotFound,
                    "Instance " + missing + " was not found in region " + regionId + ".", missing,
                    "Check the instance id and pass the region it lives in with -RegionId."));
            }
            if (roles != null)
            {
                foreach (var instance in found.Values)
                {
                    instance.RamRoleName = roles.TryGetValue(instance.InstanceId, out var role) ? role : null;
                }
            }
            return found;
        }

        public static EcsInstance ToModel(InstanceRecord r, string regionId)
        {
            var platform = PlatformDetector.FromOSType(r.OSType);
            return new EcsInstance
            {
                InstanceId = r.InstanceId,
                InstanceName = r.InstanceName,
                RegionId = string.IsNullOrEmpty(r.RegionId) ? regionId : r.RegionId,
                ZoneId = r.ZoneId,
                Status = r.Status,
                OSType = platform?.ToString() ?? r.OSType,
                OSName = r.OSName,
                Platform = platform ?? default,
                Tags = r.Tags,
            };
        }
    }
}
