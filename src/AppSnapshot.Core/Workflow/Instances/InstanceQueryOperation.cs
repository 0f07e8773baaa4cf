using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Instances
{
    public sealed class InstanceQueryRequest
    {
        /// <summary>Null: the session's default region.</summary>
        public string? RegionId { get; set; }
        /// <summary>Instances of <see cref="RegionId"/>.</summary>
        public IList<string> InstanceIds { get; } = new List<string>();
        /// <summary>Instances each with its own region (null: <see cref="RegionId"/>), as piped objects name them.</summary>
        public IList<InstanceTarget> Instances { get; } = new List<InstanceTarget>();
        /// <summary>Wildcards <c>*</c> and <c>?</c>, case-insensitive.</summary>
        public string? NamePattern { get; set; }
        /// <summary>All must match (key = value).</summary>
        public IDictionary<string, string> Tags { get; } = new Dictionary<string, string>();
        public string? Status { get; set; }
        /// <summary>Linux or Windows; null: both.</summary>
        public string? OSType { get; set; }
        /// <summary>
        /// Also read each instance's RAM role, disks and Cloud Assistant state (see <see cref="InstanceDetails"/>
        /// for the calls); false leaves RamRoleName, Disks and CloudAssistantRunning null.
        /// </summary>
        public bool IncludeDetail { get; set; } = true;
    }

    /// <summary>
    /// Get-EcsInstance: DescribeInstances (100 ids per call, or every page of a filter), filtered, written as
    /// <see cref="EcsInstance"/>. Named instances are read a page of 100 at a time, several pages of each region
    /// and every region at once (the client paces each action to the server), and each page is written as soon as
    /// it and its detail are read, so the next command of the pipeline starts on it while later pages are read.
    /// </summary>
    public sealed class InstanceQueryOperation
    {
        /// <summary>Pages read at the same time: enough to keep the paced calls busy, few enough that pages finish in turn.</summary>
        private const int PagesAtOnce = 8;
        private readonly ICloudClients _clients;

        public InstanceQueryOperation(AcsSession session) : this(new SessionClients(session)) { }

        public InstanceQueryOperation(ICloudClients clients) => _clients = clients ?? throw new ArgumentNullException(nameof(clients));

        public Task RunAsync(InstanceQueryRequest request, IOutputSink sink, CancellationToken ct) => RunAsync(request, sink, ct, ct);

        /// <param name="userStop">
        /// Cancelled when the user stops the command. <paramref name="ct"/> is also cancelled when a later command takes no more
        /// (Select-Object -First): the disks of the instances already written are still read then, and the command ends when
        /// they are.
        /// </param>
        public async Task RunAsync(InstanceQueryRequest request, IOutputSink sink, CancellationToken ct, CancellationToken userStop)
        {
            if (request.OSType != null && PlatformDetector.FromOSType(request.OSType) == null)
                throw new ArgumentException("-OSType must be Linux or Windows.", "OSType");
            var named = request.InstanceIds.Select(id => new InstanceTarget(id, request.RegionId)).Concat(request.Instances).ToList();
            var pages = new List<Task<InstancePage>>();
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                try
                {
                    pages.AddRange(named.Count > 0 ? ReadNamed(named, request, stop.Token, userStop) : await ReadFilteredAsync(request, stop.Token, userStop).ConfigureAwait(false));
                    await WriteAsync(pages, sink).ConfigureAwait(false);
                }
                finally
                {
                    // A failed page ends the command: the pages still being read are not wanted any more.
                    stop.Cancel();
                    await DisksOfWrittenPagesAsync(pages).ConfigureAwait(false);
                }
            }
        }

        /// <summary>
        /// Every page of every region, the largest region first: the next command lists that region's snapshot groups once its
        /// runs are over (page after page, the service's paging being sequential), so its runs should be the first to end.
        /// Regions behind one endpoint share its rate limits; each region's disk listing starts at once.
        /// </summary>
        private List<Task<InstancePage>> ReadNamed(IReadOnlyList<InstanceTarget> named, InstanceQueryRequest request, CancellationToken ct, CancellationToken userStop)
        {
            var pages = new List<Task<InstancePage>>();
            var gate = new SemaphoreSlim(PagesAtOnce);
            foreach (var region in InstanceTarget.ByRegion(named, _clients).OrderByDescending(r => r.InstanceIds.Count))
            {
                var ecs = _clients.Ecs(region.RegionId);
                var details = request.IncludeDetail ? new InstanceDetails(ecs, region.InstanceIds.Count, userStop) : null;
                foreach (var ids in Batches.Chunk(region.InstanceIds, Batches.DescribeInstancesIds))
                {
                    pages.Add(ReadPageAsync(region.RegionId, ids, gate, details, request, ct));
                }
            }
            return pages;
        }

        private Task<InstancePage> ReadPageAsync(string regionId, IReadOnlyList<string> ids, SemaphoreSlim gate, InstanceDetails? details,
            InstanceQueryRequest request, CancellationToken ct) =>
            ReadUnderGateAsync(gate, details, async () =>
            {
                var filter = new InstanceFilter();
                foreach (var id in ids) filter.InstanceIds.Add(id);
                var records = await new InstancesApi(_clients.Ecs(regionId)).DescribeInstancesAsync(filter, ct).ConfigureAwait(false);
                var page = new InstancePage(regionId, Select(records, regionId, request));
                foreach (var missing in ids.Where(id => records.All(r => r.InstanceId != id))) page.Missing.Add(missing);
                return page;
            }, ct);

        /// <summary>
        /// A page read under the gate with its roles and Cloud Assistant state. Its disks are filled after the gate is released,
        /// since waiting for the region's shared disk listing holds no place among the calls under way, and the page is
        /// ready before they are: the listing takes a call per 500 disks of the whole region, and the next command of the
        /// pipeline (New-AppConsistentSnapshotGroup) has no use for them.
        /// </summary>
        private static async Task<InstancePage> ReadUnderGateAsync(SemaphoreSlim gate, InstanceDetails? details, Func<Task<InstancePage>> read, CancellationToken ct)
        {
            InstancePage page;
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                page = await read().ConfigureAwait(false);
                if (details != null) page.Gaps.AddRange(await details.FillAsync(page.Instances, ct).ConfigureAwait(false));
            }
            finally
            {
                gate.Release();
            }
            if (details != null) page.DisksFilling = details.StartFillingDisks(page.Instances);
            return page;
        }

        /// <summary>A filter lists the region page by page (the service's paging is sequential); the detail is then read per 100.</summary>
        private async Task<List<Task<InstancePage>>> ReadFilteredAsync(InstanceQueryRequest request, CancellationToken ct, CancellationToken userStop)
        {
            var ecs = _clients.Ecs(request.RegionId);
            var regionId = request.RegionId ?? ecs.RegionId ?? "";
            var filter = new InstanceFilter { Status = request.Status, InstanceName = ServerSideName(request.NamePattern) };
            foreach (var tag in request.Tags) filter.Tags[tag.Key] = tag.Value;
            var instances = Select(await new InstancesApi(ecs).DescribeInstancesAsync(filter, ct).ConfigureAwait(false), regionId, request);
            if (instances.Count == 0) return new List<Task<InstancePage>> { Task.FromResult(new InstancePage(regionId, instances)) };

            var details = request.IncludeDetail ? new InstanceDetails(ecs, instances.Count, userStop) : null;
            var gate = new SemaphoreSlim(PagesAtOnce);
            return Batches.Chunk(instances, Batches.DescribeInstancesIds)
                .Select(chunk => ReadUnderGateAsync(gate, details, () => Task.FromResult(new InstancePage(regionId, chunk.ToList())), ct))
                .ToList();
        }

        /// <summary>
        /// The one writer: each page as it is ready, a missing id as an error, each unreadable detail once. The command ends
        /// when every page's disks are filled, so what it returns is complete.
        /// </summary>
        private static async Task WriteAsync(IReadOnlyCollection<Task<InstancePage>> pages, IOutputSink sink)
        {
            var found = new Dictionary<string, int>(StringComparer.Ordinal);
            var warned = new HashSet<string>(StringComparer.Ordinal);
            var disksFilling = new List<Task<IReadOnlyList<DetailGap>>>();
            foreach (var next in CompletionOrder.Of(pages))
            {
                var page = await next.ConfigureAwait(false);
                foreach (var missing in page.Missing)
                {
                    sink.WriteError(new OperationError(WorkflowErrorIds.InstanceNotFound, ErrorKind.ObjectNotFound,
                        "Instance " + missing + " was not found in region " + page.RegionId + ".", missing, "Check the id and the -RegionId."));
                }
                foreach (var gap in page.Gaps.Where(g => warned.Add(g.Property))) sink.WriteWarning(gap.Warning);
                found[page.RegionId] = (found.TryGetValue(page.RegionId, out var n) ? n : 0) + page.Instances.Count;
                foreach (var instance in page.Instances) sink.WriteObject(instance);
                if (page.DisksFilling != null) disksFilling.Add(page.DisksFilling);
            }
            var diskGaps = await Task.WhenAll(disksFilling).ConfigureAwait(false);
            foreach (var gap in diskGaps.SelectMany(g => g).Where(g => warned.Add(g.Property))) sink.WriteWarning(gap.Warning);
            foreach (var region in found) sink.WriteVerbose("Found " + region.Value + " instance(s) in " + region.Key + ".");
        }

        /// <summary>Waits for the disks of every page that was read, whatever became of the others.</summary>
        private static async Task DisksOfWrittenPagesAsync(IEnumerable<Task<InstancePage>> pages)
        {
            var filling = pages.Where(p => p.Status == TaskStatus.RanToCompletion && p.Result.DisksFilling != null).Select(p => p.Result.DisksFilling!);
            try
            {
                await Task.WhenAll(filling).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Stopped by the user, or the command failed already: the instances left without disks say so (null).
            }
        }

        private static List<EcsInstance> Select(IEnumerable<InstanceRecord> records, string regionId, InstanceQueryRequest request)
        {
            var name = request.NamePattern == null ? null : Wildcard.ToRegex(request.NamePattern);
            return records
                .GroupBy(r => r.InstanceId).Select(g => InstanceDirectory.ToModel(g.First(), regionId))
                .Where(i => name == null || name.IsMatch(i.InstanceName))
                .Where(i => request.OSType == null || string.Equals(i.OSType, request.OSType, StringComparison.OrdinalIgnoreCase))
                .ToList();
        }

        /// <summary>The service understands <c>*</c> only; patterns with <c>?</c> are filtered locally after a broader query.</summary>
        private static string? ServerSideName(string? pattern) =>
            pattern == null || pattern.IndexOf('?') >= 0 ? null : pattern;

        /// <summary>Up to 100 instances of one region, read with their detail, and the named ids the region did not have.</summary>
        private sealed class InstancePage
        {
            public InstancePage(string regionId, List<EcsInstance> instances)
            {
                RegionId = regionId;
                Instances = instances;
            }

            public string RegionId { get; }
            public List<EcsInstance> Instances { get; }
            public List<string> Missing { get; } = new List<string>();
            public List<DetailGap> Gaps { get; } = new List<DetailGap>();
            /// <summary>Null when the detail is skipped.</summary>
            public Task<IReadOnlyList<DetailGap>>? DisksFilling { get; set; }
        }
    }
}
