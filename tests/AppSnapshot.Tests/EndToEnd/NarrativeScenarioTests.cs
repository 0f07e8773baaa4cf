using AppSnapshot.Models;
using AppSnapshot.Tests.Fakes;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;
using AppSnapshot.Workflow.Prerequisites;
using AppSnapshot.Workflow.SnapshotRuns;
using EcsEmulator;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>-Verbose names each API call with its region and what it covers, and each instance as it finishes.</summary>
public class NarrativeScenarioTests : EmulatorScenario
{
    [Fact]
    public async Task EveryCallOfGetEcsInstanceIsNamedWithItsRegionAndCount()
    {
        var sink = new RecordingSink();

        await new InstanceQueryOperation(Session.ReportingTo(sink)).RunAsync(new InstanceQueryRequest { Tags = { ["env"] = "test" } }, sink, CancellationToken.None);

        var count = sink.ObjectsOf<EcsInstance>().Count;
        Assert.InRange(count, 6, 99);
        Assert.Contains("DescribeInstances cn-hangzhou: every instance of the region that matches the filter", sink.Verbose);
        Assert.Contains("DescribeInstanceRamRole cn-hangzhou: " + Math.Min(count, 50) + " instances", sink.Verbose);
        Assert.Contains("DescribeCloudAssistantStatus cn-hangzhou: " + count + " instances", sink.Verbose);
        Assert.Contains("DescribeDisks cn-hangzhou: every system disk of the region, for " + count + " instances", sink.Verbose);
        Assert.Contains("DescribeDisks cn-hangzhou: every data disk of the region, for " + count + " instances", sink.Verbose);
        Assert.Contains("Found " + count + " instance(s) in cn-hangzhou.", sink.Verbose);
    }

    [Fact]
    public async Task APrerequisiteCheckNamesItsCallsAndEachInstancesVerdict()
    {
        var sink = new RecordingSink();
        var request = new PrerequisiteRequest();
        request.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        request.Instances.Add(new InstanceTarget("i-no-role"));

        await new PrerequisiteOperation(Session.ReportingTo(sink)).RunAsync(request, sink, CancellationToken.None);

        Assert.Contains("DescribeInstances cn-hangzhou: 2 instances", sink.Verbose);
        Assert.Contains("DescribeDisks cn-hangzhou: the disks of i-ubuntu2204", sink.Verbose);
        Assert.Contains("ListPoliciesForRole Ram: EcsSnapshotRole", sink.Verbose);
        Assert.Contains("i-ubuntu2204 checked: ready.", sink.Verbose);
        Assert.Contains("i-no-role checked: not ready (RamRoleAttached).", sink.Verbose);
    }

    [Fact]
    public async Task ASnapshotRunNamesTheRunCommandCallThePollsAndEachInstanceAsItFinishes()
    {
        var sink = new RecordingSink();
        var request = new SnapshotRunRequest { Name = "narrative" };
        request.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        request.Instances.Add(new InstanceTarget("i-mysql-centos79"));

        await new SnapshotRunOperation(Session.ReportingTo(sink), Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        Assert.Contains("RunCommand cn-hangzhou: 2 instances", sink.Verbose);
        var invokeId = sink.ObjectsOf<AppSnapshotResult>()[0].InvokeId;
        Assert.Contains("DescribeInvocations cn-hangzhou: " + invokeId, sink.Verbose);
        Assert.Contains(sink.Verbose, v => v.StartsWith("i-ubuntu2204 finished: FileSystem-consistent group ssg-", StringComparison.Ordinal));
        Assert.Contains(sink.Verbose, v => v.StartsWith("i-mysql-centos79 finished: FileSystem-consistent group ssg-", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Verbose, v => v.Contains(EmulatorHost.AccessKeySecret, StringComparison.Ordinal));
    }
}
