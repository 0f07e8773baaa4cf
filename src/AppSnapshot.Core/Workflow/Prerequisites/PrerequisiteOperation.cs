using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;
using AppSnapshot.Workflow.Roles;

namespace AppSnapshot.Workflow.Prerequisites
{
    /// <summary>
    /// Test-AppSnapshotPrerequisite: one <see cref="PrerequisiteReport"/> per instance. The data is
    /// read in batches per region (instances, roles, Cloud Assistant, disks) and per role (RAM).
    /// </summary>
    public sealed class PrerequisiteOperation
    {
        private readonly ICloudClients _clients;

        public PrerequisiteOperation(AcsSession session) : this(new SessionClients(session)) { }

        public PrerequisiteOperation(ICloudClients clients) => _clients = clients ?? throw new ArgumentNullException(nameof(clients));

        public async Task RunAsync(PrerequisiteRequest request, IOutputSink sink, CancellationToken ct)
        {
            if (request.Instances.Count == 0) throw new ArgumentException("Name at least one instance.", "InstanceId");
            var roles = new RolePolicyVerifier(new RamApi(_clients.Ram));
            foreach (var region in InstanceTarget.ByRegion(request.Instances, _clients))
            {
                var regionId = region.RegionId;
                var ids = region.InstanceIds;
                var instances = await InstanceDirectory.ReadAsync(_clients, regionId, ids, true, sink, ct).ConfigureAwait(false);
                if (instances.Count == 0) continue;
                var ecs = _clients.Ecs(regionId);
                var agents = (await new CloudAssistantApi(ecs).DescribeCloudAssistantStatusAsync(instances.Keys, ct).ConfigureAwait(false))
                    .GroupBy(a => a.InstanceId).ToDictionary(g => g.Key, g => g.First());
                var disks = await new DisksApi(ecs).DescribeDisksByInstanceAsync(instances.Keys.ToList(), ct).ConfigureAwait(false);
                foreach (var id in ids.Where(instances.ContainsKey))
                {
                    var instance = instances[id];
                    var report = new PrerequisiteReport { InstanceId = id, RegionId = regionId, InstanceName = instance.InstanceName, PlatformValue = PlatformDetector.FromOSType(instance.OSType) };
                    report.Checks.Add(PrerequisiteChecks.OperatingSystem(instance));
                    report.Checks.Add(PrerequisiteChecks.Running(instance));
                    report.Checks.Add(PrerequisiteChecks.CloudAssistant(agents.TryGetValue(id, out var agent) ? agent : null));
                    report.Checks.Add(PrerequisiteChecks.RoleAttached(instance));
                    if (instance.RamRoleName != null)
                        report.Checks.Add(PrerequisiteChecks.RolePolicy(instance.RamRoleName, await roles.VerifyAsync(instance.RamRoleName, ct).ConfigureAwait(false)));
                    foreach (var check in PrerequisiteChecks.Disks(disks.TryGetValue(id, out var list) ? list : new List<DiskRecord>())) report.Checks.Add(check);
                    report.Checks.Add(PrerequisiteChecks.Region(regionId));
                    if (report.PlatformValue.HasValue) report.Checks.Add(PrerequisiteChecks.Scripts(report.PlatformValue.Value));
                    report.Checks.Add(PrerequisiteChecks.FileSystems());
                    sink.WriteObject(report);
                    sink.WriteVerbose(id + " checked: " + (report.Ready ? "ready" : "not ready (" + string.Join(", ", report.FailedChecks) + ")") +
                        (report.WarningChecks.Count > 0 ? "; warnings: " + string.Join(", ", report.WarningChecks) : "") + ".");
                }
            }
        }
    }
}
