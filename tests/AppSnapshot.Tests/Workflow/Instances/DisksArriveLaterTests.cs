using AppSnapshot.Models;
using AppSnapshot.Tests.Fakes;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Tests.Workflow.Instances;

/// <summary>
/// Get-EcsInstance writes instances before the region's disk listing has ended; reading Disks waits for it, and the
/// command ends only when every written instance has its disks.
/// </summary>
public class DisksArriveLaterTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private sealed class HeldListing
    {
        public HeldListing(FakeSnapshotCloud cloud)
        {
            cloud.Ecs.OnAsync("DescribeDisks", async (request, ct) =>
            {
                await Release.Task.WaitAsync(ct);
                return request.Get("DiskType") == "system"
                    ? """{"Disks":{"Disk":[{"DiskId":"d-3","InstanceId":"i-3","Category":"cloud_essd","Size":40,"Type":"system"}]}}"""
                    : """{"Disks":{"Disk":[]}}""";
            });
        }

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private static (FakeSnapshotCloud Cloud, InstanceQueryRequest Request) TenInstances()
    {
        var cloud = new FakeSnapshotCloud();
        var request = new InstanceQueryRequest();
        foreach (var id in Enumerable.Range(1, 10).Select(i => "i-" + i))
        {
            cloud.Add(id);
            request.Instances.Add(new InstanceTarget(id, "cn-hangzhou"));
        }
        return (cloud, request);
    }

    [Fact]
    public async Task InstancesAreWrittenWhileTheListingRunsAndTheCommandEndsWhenItHas()
    {
        var (cloud, request) = TenInstances();
        var listing = new HeldListing(cloud);
        var sink = new RecordingSink();

        var run = new InstanceQueryOperation(cloud.Clients).RunAsync(request, sink, CancellationToken.None);

        Assert.True(SpinWait.SpinUntil(() => sink.ObjectsOf<EcsInstance>().Count == 10, Deadline), "the instances were not written before the disks were listed");
        Assert.False(run.IsCompleted);
        var reader = Task.Run(() => sink.ObjectsOf<EcsInstance>().Single(i => i.InstanceId == "i-3").Disks);
        listing.Release.SetResult();
        await run.WaitAsync(Deadline);

        Assert.Equal("d-3", Assert.Single((await reader.WaitAsync(Deadline))!).DiskId);
        Assert.All(sink.ObjectsOf<EcsInstance>().Where(i => i.InstanceId != "i-3"), i => Assert.Empty(i.Disks!));
    }

    [Fact]
    public async Task WhenALaterCommandTakesNoMoreTheWrittenInstancesStillGetTheirDisks()
    {
        var (cloud, request) = TenInstances();
        var listing = new HeldListing(cloud);
        var sink = new RecordingSink();
        using var refused = new CancellationTokenSource();

        var run = new InstanceQueryOperation(cloud.Clients).RunAsync(request, sink, refused.Token, CancellationToken.None);
        Assert.True(SpinWait.SpinUntil(() => sink.ObjectsOf<EcsInstance>().Count == 10, Deadline));
        refused.Cancel();
        Assert.False(run.IsCompleted);
        listing.Release.SetResult();
        await run.WaitAsync(Deadline);

        Assert.Equal("d-3", Assert.Single(sink.ObjectsOf<EcsInstance>().Single(i => i.InstanceId == "i-3").Disks!).DiskId);
    }

    [Fact]
    public async Task AUserStopEndsTheCommandWithoutTheListingAndLeavesDisksUnknown()
    {
        var (cloud, request) = TenInstances();
        _ = new HeldListing(cloud);
        var sink = new RecordingSink();
        using var stop = new CancellationTokenSource();

        var run = new InstanceQueryOperation(cloud.Clients).RunAsync(request, sink, stop.Token, stop.Token);
        Assert.True(SpinWait.SpinUntil(() => sink.ObjectsOf<EcsInstance>().Count == 10, Deadline));
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Deadline));
        Assert.All(sink.ObjectsOf<EcsInstance>(), i => Assert.Null(i.Disks));
    }

    [Fact]
    public async Task ReadingDisksWaitsForTheReadThatSetsThem()
    {
        var instance = new EcsInstance { InstanceId = "i-1" };
        var read = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        instance.DisksArriveWith(read.Task);

        var reader = Task.Run(() => instance.Disks);
        instance.Disks = new List<EcsDisk> { new() { DiskId = "d-1", Type = "system" } };
        read.SetResult();

        Assert.Equal("d-1", Assert.Single((await reader.WaitAsync(Deadline))!).DiskId);
    }

    [Fact]
    public async Task ADiskReadThatFailsLeavesDisksNullAndIsOneWarning()
    {
        var (cloud, request) = TenInstances();
        cloud.Ecs.On("DescribeDisks", _ => throw new AppSnapshot.Client.AcsApiException("Forbidden.RAM", "User not authorized.", "req-x", 403, "DescribeDisks", "Ecs"));
        var sink = new RecordingSink();

        await new InstanceQueryOperation(cloud.Clients).RunAsync(request, sink, CancellationToken.None);

        Assert.Contains("Disks", Assert.Single(sink.Warnings));
        Assert.All(sink.ObjectsOf<EcsInstance>(), i => Assert.Null(i.Disks));
    }
}
