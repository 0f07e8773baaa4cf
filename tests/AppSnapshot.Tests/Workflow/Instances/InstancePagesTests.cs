using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Tests.Fakes;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Tests.Workflow.Instances;

/// <summary>Get-EcsInstance with many ids: pages of 100 read at once, the region's disks listed once, every page written.</summary>
public class InstancePagesTests
{
    private const string NoDisks = """{"Disks":{"Disk":[]}}""";

    private static async Task<RecordingSink> QueryAsync(FakeSnapshotCloud cloud, IEnumerable<InstanceTarget> targets)
    {
        var request = new InstanceQueryRequest();
        foreach (var t in targets) request.Instances.Add(t);
        var sink = new RecordingSink();
        await new InstanceQueryOperation(cloud.Clients).RunAsync(request, sink, CancellationToken.None);
        return sink;
    }

    [Fact]
    public async Task TwoHundredFiftyIdsAreThreePagesWithTheRegionsDisksListedOnceForAll()
    {
        var cloud = new FakeSnapshotCloud();
        var ids = Enumerable.Range(1, 250).Select(i => "i-" + i).ToList();
        foreach (var id in ids) cloud.Add(id);
        cloud.Ecs.On("DescribeDisks", """{"Disks":{"Disk":[{"DiskId":"d-7","InstanceId":"i-7","Category":"cloud_essd","Size":40,"Type":"system"}]}}""");

        var sink = await QueryAsync(cloud, ids.Select(id => new InstanceTarget(id, "cn-hangzhou")));

        var instances = sink.ObjectsOf<EcsInstance>();
        Assert.Equal(ids.OrderBy(x => x), instances.Select(i => i.InstanceId).OrderBy(x => x));
        Assert.Equal(new[] { 100, 100, 50 }, cloud.Ecs.CallsTo("DescribeInstances").Select(c => c.GetJsonArray("InstanceIds").Count).OrderByDescending(n => n));
        // The region's disks, listed once as two listings side by side (system and data disks).
        var disks = cloud.Ecs.CallsTo("DescribeDisks");
        Assert.Equal(new[] { "data", "system" }, disks.Select(d => d.Get("DiskType")).OrderBy(t => t));
        Assert.All(disks, d => Assert.Null(d.Get("InstanceId")));
        Assert.Equal("d-7", Assert.Single(instances.Single(i => i.InstanceId == "i-7").Disks!).DiskId);
        Assert.All(instances.Where(i => i.InstanceId != "i-7"), i => Assert.Empty(i.Disks!));
        Assert.Equal(5, cloud.Ecs.CallsTo("DescribeInstanceRamRole").Count);
        Assert.Equal(3, cloud.Ecs.CallsTo("DescribeCloudAssistantStatus").Count);
    }

    [Fact]
    public async Task ADetailThatCannotBeReadIsOneWarningHoweverManyPages()
    {
        var cloud = new FakeSnapshotCloud();
        var ids = Enumerable.Range(1, 250).Select(i => "i-" + i).ToList();
        foreach (var id in ids) cloud.Add(id);
        cloud.Ecs.On("DescribeDisks", NoDisks);
        cloud.Ecs.On("DescribeCloudAssistantStatus", _ => throw new AcsApiException("Forbidden.RAM", "User not authorized.", "req-x", 403, "DescribeCloudAssistantStatus", "Ecs"));

        var sink = await QueryAsync(cloud, ids.Select(id => new InstanceTarget(id)));

        Assert.Contains("CloudAssistantRunning", Assert.Single(sink.Warnings));
        Assert.Equal(250, sink.ObjectsOf<EcsInstance>().Count);
        Assert.All(sink.ObjectsOf<EcsInstance>(), i => Assert.Null(i.CloudAssistantRunning));
    }

    [Fact]
    public async Task AnIdThePageDidNotReturnIsAnErrorAndTheOthersAreWritten()
    {
        var cloud = new FakeSnapshotCloud();
        cloud.Add("i-1");
        cloud.Ecs.On("DescribeDisks", NoDisks);

        var sink = await QueryAsync(cloud, new[] { new InstanceTarget("i-1"), new InstanceTarget("i-gone") });

        Assert.Equal("i-1", Assert.Single(sink.ObjectsOf<EcsInstance>()).InstanceId);
        var error = Assert.Single(sink.Errors);
        Assert.Equal(("InstanceNotFound", (object?)"i-gone"), (error.ErrorId, error.Target));
    }

    [Fact]
    public async Task ARoleLookupThatFailsEndsTheCommand()
    {
        var cloud = new FakeSnapshotCloud();
        cloud.Add("i-1");
        cloud.Ecs.On("DescribeDisks", NoDisks);
        cloud.Ecs.On("DescribeInstanceRamRole", _ => throw new AcsApiException("Forbidden.RAM", "User not authorized.", "req-x", 403, "DescribeInstanceRamRole", "Ecs"));

        await Assert.ThrowsAsync<AcsApiException>(() => QueryAsync(cloud, new[] { new InstanceTarget("i-1") }));
    }
}
