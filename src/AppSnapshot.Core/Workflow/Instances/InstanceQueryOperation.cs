using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Instances
{
    public sealed class InstanceQueryRequest
    {
        /// <summary>Null: the session's default region.</summary>
        public string? RegionId { get; set; }
        public IList<string> InstanceIds { get; } = new List<string>();
        /// <summary>Wildcards <c>*</c> and <c>?</c>, case-insensitive.</summary>
        public string? NamePattern { get; set; }
        /// <summary>All must match (key = value).</summary>
        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>();
        public string? Status { get; set; }
        /// <summary>Linux or Windows; null: both.</summary>
        public string? OSType { get; set; }
        /// <summary>Also read each instance's RAM role (50 instances per call).</summary>
        public bool IncludeRamRole { get; set; } = true;
    }

    /// <summary>Get-EcsInstance: every page of DescribeInstances, filtered, written as <see cref="EcsInstance"/>.</summary>
    public sealed class InstanceQueryOperation
    {
        private readonly ICloudClients _clients;

        public InstanceQueryOperation(AcsSession session) : this(new SessionClients(session)) { }

        public InstanceQueryOperation(ICloudClients clients) => _clients = clients ?? throw new ArgumentNullException(nameof(clients));

        public async Task RunAsync(InstanceQueryRequest request, IOutputSink sink, CancellationToken ct)
        {
            if (request.OSType != null && PlatformDetector.FromOSType(request.OSType) == null)
                throw new ArgumentException("-OSType must be Linux or Windows.", "OSType");
            var name = request.NamePattern == null ? null : Wildcard.ToRegex(request.NamePattern);
            var ecs = _clients.Ecs(request.RegionId);
            var regionId = request.RegionId ?? ecs.RegionId ?? "";

            var filter = new InstanceFilter { Status = request.Status, InstanceName = ServerSideName(request.NamePattern) };
            foreach (var tag in request.Tags) filter.Tags[tag.Key] = tag.Value;
            IReadOnlyList<InstanceRecord> records;
            IReadOnlyDictionary<string, string>? roles = null;
            if (request.InstanceIds.Count > Batches.DescribeInstancesIds && filter.Tags.Count == 0 && filter.Status == null && filter.InstanceName == null)
            {
                // A long id list: its pages of 100 ids are independent queries, made several at a time, each
                // with its roles read as soon as it arrives (the name and OS filters below only drop instances).
                if (request.IncludeRamRole) (records, roles) = await InstanceReads.ByIdWithRolesAsync(ecs, request.InstanceIds, ct).ConfigureAwait(false);
                else records = await InstanceReads.ByIdAsync(ecs, request.InstanceIds, ct).ConfigureAwait(false);
            }
            else
            {
                foreach (var id in request.InstanceIds) filter.InstanceIds.Add(id);
                records = await new InstancesApi(ecs).DescribeInstancesAsync(filter, ct).ConfigureAwait(false);
            }
            var known = new HashSet<string>(records.Select(r => r.InstanceId));

            var instances = records
                .GroupBy(r => r.InstanceId).Select(g => InstanceDirectory.ToModel(g.First(), regionId))
                .Where(i => name == null || name.IsMatch(i.InstanceName))
                .Where(i => request.OSType == null || string.Equals(i.OSType, request.OSType, StringComparison.OrdinalIgnoreCase))
                .ToList();
            foreach (var missing in request.InstanceIds.Where(id => !known.Contains(id)))
            {
                sink.WriteError(new OperationError(WorkflowErrorIds.InstanceNotFound, ErrorKind.ObjectNotFound,
                    "Instance " + missing + " was not found in region " + regionId + ".", missing, "Check the id and the -RegionId."));
            }
            if (request.IncludeRamRole && instances.Count > 0)
            {
                roles ??= await InstanceReads.RolesAsync(ecs, instances.Select(i => i.InstanceId), ct).ConfigureAwait(false);
                foreach (var i in instances) i.RamRoleName = roles.TryGetValue(i.InstanceId, out var role) ? role : null;
            }
            foreach (var instance in instances) sink.WriteObject(instance);
        }

        /// <summary>The service understands <c>*</c> only; patterns with <c>?</c> are filtered locally after a broader query.</summary>
        private static string? ServerSideName(string? pattern) =>
            pattern == null || pattern.IndexOf('?') >= 0 ? null : pattern;
    }
}
