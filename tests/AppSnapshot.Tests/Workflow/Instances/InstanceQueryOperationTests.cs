using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Tests.Fakes;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Tests.Workflow.Instances;

public class InstanceQueryOperationTests
{
    private const string Disks =
        """{"Disks":{"Disk":[{"DiskId":"d-sys","InstanceId":"i-1","Category":"cloud_essd","Size":40,"Type":"system","MultiAttach":"Disabled"},{"DiskId":"d-shared","InstanceId":"","Category":"cloud_essd","Size":100,"Type":"data","MultiAttach":"Enabled","Attachments":{"Attachment":[{"InstanceId":"i-1"}]}}]}}""";

    private static async Task<(EcsInstance Instance, RecordingSink Sink)> QueryAsync(FakeSnapshotCloud cloud, bool includeDetail = true)
    {
        var request = new InstanceQueryRequest { IncludeDetail = includeDetail };
        request.InstanceIds.Add("i-1");
        var sink = new RecordingSink();
        await new InstanceQueryOperation(cloud.Clients).RunAsync(request, sink, CancellationToken.None);
        return (Assert.Single(sink.ObjectsOf<EcsInstance>()), sink);
    }

    [Fact]
    public async Task FillsTheRoleTheDisksAndTheCloudAssistantState()
    {
        var cloud = new FakeSnapshotCloud();
        cloud.Add("i-1");
        cloud.Ecs.On("DescribeDisks", Disks);

        var (instance, sink) = await QueryAsync(cloud);

        Assert.Equal("AppSnapshotRoleName", instance.RamRoleName);
        Assert.True(instance.CloudAssistantRunning);
        Assert.Equal(new[] { "d-sys", "d-shared" }, instance.Disks!.Select(d => d.DiskId));
        var shared = instance.Disks!.Single(d => d.DiskId == "d-shared");
        Assert.Equal((true, "data", 100L, "cloud_essd"), (shared.MultiAttach, shared.Type, shared.SizeGiB, shared.Category));
        Assert.Empty(sink.Warnings);
        Assert.Single(cloud.Ecs.CallsTo("DescribeCloudAssistantStatus"));
    }

    [Fact]
    public async Task SkippingTheDetailCallsDescribeInstancesOnly()
    {
        var cloud = new FakeSnapshotCloud();
        cloud.Add("i-1");

        var (instance, _) = await QueryAsync(cloud, includeDetail: false);

        Assert.Equal(new[] { "DescribeInstances" }, cloud.Ecs.Calls.Select(c => c.Action).Distinct());
        Assert.Null(instance.RamRoleName);
        Assert.Null(instance.Disks);
        Assert.Null(instance.CloudAssistantRunning);
    }

    [Fact]
    public async Task ADetailTheCallerMayNotReadIsAWarningAndStaysEmpty()
    {
        var cloud = new FakeSnapshotCloud();
        cloud.Add("i-1");
        cloud.Ecs.On("DescribeDisks", _ => throw new AcsApiException("Forbidden.RAM", "User not authorized to operate on the specified resource.", "req-x", 403, "DescribeDisks", "Ecs"));

        var (instance, sink) = await QueryAsync(cloud);

        Assert.Null(instance.Disks);
        Assert.True(instance.CloudAssistantRunning);
        var warning = Assert.Single(sink.Warnings);
        Assert.Contains("disks", warning);
        Assert.Contains("-" + InstanceDetails.SkipDetailParameter, warning);
        Assert.Empty(sink.Errors);
    }

    [Fact]
    public async Task TheOSNameIsEnglishWithTheLocalNameBeside()
    {
        var cloud = new FakeSnapshotCloud();
        cloud.Add("i-1");
        cloud.Ecs.On("DescribeInstances", _ => """{"Instances":{"Instance":[{"InstanceId":"i-1","OSType":"linux","Status":"Running","OSName":"CentOS  7.9 64位","OSNameEn":"CentOS  7.9 64 bit"}]}}""");

        var (instance, _) = await QueryAsync(cloud, includeDetail: false);

        Assert.Equal("CentOS  7.9 64 bit", instance.OSName);
        Assert.Equal("CentOS  7.9 64位", instance.OSNameLocal);
        Assert.Equal("Linux", instance.Platform);
    }

    [Fact]
    public async Task WithoutAnEnglishNameBothShowTheOneTheServiceSent()
    {
        var cloud = new FakeSnapshotCloud();
        cloud.Add("i-1");

        var (instance, _) = await QueryAsync(cloud, includeDetail: false);

        Assert.Equal("CentOS 7.9 64位", instance.OSName);
        Assert.Equal("CentOS 7.9 64位", instance.OSNameLocal);
    }
}
