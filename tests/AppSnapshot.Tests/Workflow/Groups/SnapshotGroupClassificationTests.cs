using System.Collections.Concurrent;
using AppSnapshot.Client;
using AppSnapshot.Json;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Groups;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Workflow.Groups;

/// <summary>
/// Classification at fleet size: the run's snapshot groups are read by Name (100 per call) and matched by
/// SnapshotGroupId, with an id lookup for whatever the name query did not return; polls run concurrently
/// without reporting anything twice.
/// </summary>
public class SnapshotGroupClassificationTests
{
    private readonly FakeSnapshotCloud _cloud = new();
    private readonly ManualClock _clock = new();
    private readonly PendingInvocationRegistry _registry = new();
    private readonly RecordingSink _sink = new();
    private readonly GroupStore _groups = new();

    public SnapshotGroupClassificationTests() => _cloud.Ecs.On("DescribeSnapshotGroups", _groups.Describe);

    private WorkflowSettings Settings => new() { Clock = _clock, PendingInvocations = _registry };

    private List<string> Fleet(int count, Func<int, int>? finishAfterPolls = null)
    {
        var ids = Enumerable.Range(1, count).Select(i => "i-" + i.ToString("D4")).ToList();
        for (var k = 0; k < ids.Count; k++) _cloud.Add(ids[k]).FinishAfterPolls = finishAfterPolls?.Invoke(k) ?? 1;
        return ids;
    }

    private static SnapshotRunRequest Request(IEnumerable<string> ids, string name = "nightly")
    {
        var request = new SnapshotRunRequest { Name = name };
        foreach (var id in ids) request.Instances.Add(new InstanceTarget(id));
        return request;
    }

    private IReadOnlyList<RpcRequest> GroupCalls => _cloud.Ecs.CallsTo("DescribeSnapshotGroups");

    private void AssertEveryInstanceOnceFromTags(IEnumerable<string> ids)
    {
        var results = _sink.ObjectsOf<AppSnapshotResult>();
        Assert.Equal(ids.OrderBy(x => x), results.Select(r => r.InstanceId).OrderBy(x => x));
        Assert.All(results, r =>
        {
            Assert.Equal("ssg-" + r.InstanceId, r.SnapshotGroupId);
            Assert.Equal("Tags", r.ConsistencySource);
            Assert.Equal(Consistency.Application, r.ConsistencyValue);
            Assert.Equal("s-" + r.InstanceId, Assert.Single(r.Snapshots).SnapshotId);
        });
        Assert.Empty(_sink.Errors);
        Assert.Empty(_sink.Warnings);
    }

    [Fact]
    public async Task FiveHundredGroupsTakeAtMostFiveCallsWhenTheNameMatches()
    {
        var ids = Fleet(500);
        foreach (var id in ids) _groups.Add("ssg-" + id, "nightly", id);

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(ids), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(ids);
        Assert.InRange(GroupCalls.Count, 1, (500 + 99) / 100);
        Assert.All(GroupCalls, c =>
        {
            Assert.Equal("nightly", c.Get("Name"));
            Assert.Equal("100", c.Get("MaxResults"));
            Assert.Empty(c.GetList("SnapshotGroupId"));
        });
    }

    [Fact]
    public async Task GroupsTheNameQueryMissesAreReadByIdAndOnlyThose()
    {
        var ids = Fleet(40);
        // Ten groups do not carry the run's name (renamed, or listed late): the name query cannot find them.
        for (var k = 0; k < ids.Count; k++) _groups.Add("ssg-" + ids[k], k < 30 ? "nightly" : "renamed", ids[k]);

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(ids), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(ids);
        var byName = GroupCalls.Where(c => c.Get("Name") != null).ToList();
        var byId = GroupCalls.Where(c => c.Get("Name") == null).ToList();
        Assert.Single(byName);
        var asked = Assert.Single(byId).GetList("SnapshotGroupId");
        Assert.Equal(ids.Skip(30).Select(id => "ssg-" + id).OrderBy(x => x), asked.OrderBy(x => x));
    }

    [Fact]
    public async Task ANameReusedByEarlierRunsIsMatchedByIdAndTheNamePagesAreCapped()
    {
        var ids = Fleet(150);
        // Last week's run used the same name on other instances; the service lists those first here.
        for (var k = 0; k < 600; k++) _groups.Add("ssg-old-" + k.ToString("D4"), "nightly", "i-old-" + k, appConsistent: false);
        foreach (var id in ids) _groups.Add("ssg-" + id, "nightly", id);

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(ids), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(ids);
        var byName = GroupCalls.Where(c => c.Get("Name") != null).ToList();
        var byId = GroupCalls.Where(c => c.Get("Name") == null).ToList();
        Assert.Equal(SnapshotGroupFetcher.NamePagesFor(150), byName.Count);
        Assert.Equal(15, byId.Count);
        Assert.All(byId, c => Assert.All(c.GetList("SnapshotGroupId"), g => Assert.DoesNotContain("old", g)));
    }

    [Fact]
    public async Task TenGroupsOrFewerAreReadByIdInOneCall()
    {
        var ids = Fleet(10);
        foreach (var id in ids) _groups.Add("ssg-" + id, "nightly", id);

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(ids), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(ids);
        var call = Assert.Single(GroupCalls);
        Assert.Null(call.Get("Name"));
        Assert.Equal(10, call.GetList("SnapshotGroupId").Count);
    }

    [Fact]
    public async Task AFailedNameQueryFallsBackToTheIdLookupWithoutAWarning()
    {
        var ids = Fleet(25);
        foreach (var id in ids) _groups.Add("ssg-" + id, "nightly", id);
        _groups.FailNameQueries = true;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(ids), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(ids);
        Assert.Equal(1, GroupCalls.Count(c => c.Get("Name") != null));
        Assert.Equal(3, GroupCalls.Count(c => c.Get("Name") == null));
    }

    [Fact]
    public async Task AGroupFoundNowhereFallsBackToTheLogWithAWarning()
    {
        var ids = Fleet(12);
        foreach (var id in ids.Take(11)) _groups.Add("ssg-" + id, "nightly", id);

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(ids), _sink, CancellationToken.None);

        var results = _sink.ObjectsOf<AppSnapshotResult>();
        Assert.Equal(12, results.Count);
        var lost = Assert.Single(results, r => r.ConsistencySource != "Tags");
        Assert.Equal(ids[11], lost.InstanceId);
        Assert.Equal("ssg-" + ids[11], lost.SnapshotGroupId);
        Assert.True(lost.Succeeded);
        // Not found is not a failure: no warning, the log still names the group.
        Assert.Equal(new[] { "ssg-" + ids[11] }, GroupCalls.Single(c => c.Get("Name") == null).GetList("SnapshotGroupId"));
    }

    [Fact]
    public async Task OneRoundReadsTheGroupsOfAllItsInvocationsTogether()
    {
        var ids = Fleet(300);
        foreach (var id in ids) _groups.Add("ssg-" + id, "nightly", id);

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(ids), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(ids);
        Assert.Equal(3, _cloud.Ecs.CallsTo("RunCommand").Count);
        // Three invocations finish in the same round: one name query of three pages, not three queries.
        Assert.Equal(3, GroupCalls.Count);
    }

    [Fact]
    public async Task ConcurrentPollsReportEveryInstanceExactlyOnceAndStayWithinTheBound()
    {
        // Five invocations whose instances finish over several rounds, polled through a client that really yields.
        var ids = Fleet(500, k => 1 + k % 4);
        foreach (var id in ids) _groups.Add("ssg-" + id, "nightly", id);
        var yielding = new YieldingClient(_cloud.Ecs);
        var settings = Settings;
        settings.Polling.MaxConcurrentCalls = 2;

        await new SnapshotRunOperation(new YieldingClients(yielding, _cloud.Clients), settings).RunAsync(Request(ids), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(ids);
        Assert.Equal(ids.Count, _sink.ObjectsOf<AppSnapshotResult>().Select(r => r.InstanceId).Distinct().Count());
        Assert.InRange(yielding.MaxInFlight("DescribeInvocations"), 1, 2);
        Assert.Equal(0, _registry.Count);
        // Four rounds, five invocations: never more than one poll per invocation per round.
        Assert.InRange(_cloud.Ecs.CallsTo("DescribeInvocations").Count, 5, 20);
    }

    /// <summary>Snapshot groups with Name / SnapshotGroupId filters and MaxResults/NextToken paging.</summary>
    private sealed class GroupStore
    {
        private readonly List<(string Id, string Name, string InstanceId, bool AppConsistent)> _groups = new();

        public bool FailNameQueries { get; set; }

        public void Add(string id, string name, string instanceId, bool appConsistent = true) => _groups.Add((id, name, instanceId, appConsistent));

        public object Describe(RpcRequest r)
        {
            var name = r.Get("Name");
            if (name != null && FailNameQueries)
                throw new AcsApiException("InternalError", "boom", "req-x", 500, "DescribeSnapshotGroups", "Ecs");
            var ids = r.GetList("SnapshotGroupId");
            Assert.InRange(ids.Count, 0, 10);
            Assert.InRange(int.Parse(r.Get("MaxResults") ?? "10"), 1, 100);
            var all = _groups.Where(g => (name == null || g.Name == name) && (ids.Count == 0 || ids.Contains(g.Id))).ToList();
            return SnapshotGroupAnswers.Page(r, all, g => SnapshotGroupAnswers.Group(g.Id, g.Name, g.InstanceId, g.AppConsistent ? "APPConsistent" : null));
        }
    }

    /// <summary>Wraps the fake so that calls really overlap (each yields first) and counts how many are in flight.</summary>
    private sealed class YieldingClient : IRpcClient
    {
        private readonly FakeRpcClient _inner;
        private readonly ConcurrentDictionary<string, int> _inFlight = new();
        private readonly ConcurrentDictionary<string, int> _max = new();

        public YieldingClient(FakeRpcClient inner) => _inner = inner;
        public string Product => _inner.Product;
        public string? RegionId => _inner.RegionId;
        public Uri Endpoint => _inner.Endpoint;

        public int MaxInFlight(string action) => _max.TryGetValue(action, out var n) ? n : 0;

        public async Task<RpcResponse> CallAsync(RpcRequest request, CancellationToken cancellationToken)
        {
            var now = _inFlight.AddOrUpdate(request.Action, 1, (_, n) => n + 1);
            _max.AddOrUpdate(request.Action, now, (_, n) => Math.Max(n, now));
            try
            {
                await Task.Yield();
                return await _inner.CallAsync(request, cancellationToken);
            }
            finally
            {
                _inFlight.AddOrUpdate(request.Action, 0, (_, n) => n - 1);
            }
        }
    }

    private sealed class YieldingClients : ICloudClients
    {
        private readonly YieldingClient _ecs;
        private readonly FakeClients _fakes;

        public YieldingClients(YieldingClient ecs, FakeClients fakes)
        {
            _ecs = ecs;
            _fakes = fakes;
        }

        public string? DefaultRegionId => _fakes.DefaultRegionId;
        public IRpcClient Ecs(string? regionId) => _ecs;
        public IRpcClient Ram => _fakes.Ram;
    }
}
