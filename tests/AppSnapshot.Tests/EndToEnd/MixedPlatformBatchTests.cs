using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.EndToEnd;

public class MixedPlatformBatchTests : EmulatorScenario
{
    [Fact]
    public async Task LinuxAndWindowsInstancesTakeOneRunCommandEach()
    {
        var ids = Enumerable.Range(1, 5).Select(n => "i-bench-linux-" + n.ToString("D4"))
            .Concat(Enumerable.Range(1, 3).Select(n => "i-bench-win-" + n.ToString("D4"))).ToArray();
        var sink = new RecordingSink();

        await new SnapshotRunOperation(Session, Settings).RunAsync(RunRequest(ids), sink, CancellationToken.None);

        Assert.Equal(2, Calls("RunCommand"));
        var results = sink.ObjectsOf<AppSnapshotResult>();
        Assert.Equal(ids.OrderBy(x => x), results.Select(r => r.InstanceId).OrderBy(x => x));
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(2, results.Select(r => r.InvokeId).Distinct().Count());
        Assert.Empty(sink.Errors);
    }

    [Fact]
    public async Task EachRegionIsRunAndReportedInItsOwnRegion()
    {
        var request = RunRequest("i-ubuntu2204");
        request.Instances.Add(new InstanceTarget("i-centos76-shanghai", "cn-shanghai"));
        var sink = new RecordingSink();

        await new SnapshotRunOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        var regions = sink.ObjectsOf<AppSnapshotResult>().ToDictionary(r => r.InstanceId, r => r.RegionId);
        Assert.Equal("cn-hangzhou", regions["i-ubuntu2204"]);
        Assert.Equal("cn-shanghai", regions["i-centos76-shanghai"]);
        Assert.Equal(2, Calls("RunCommand"));
    }

    [Fact]
    public async Task NoWaitInvocationsArePickedUpByTheLookup()
    {
        var sink = new RecordingSink();
        var request = RunRequest("i-ubuntu2204", "i-win2019-sql");
        request.NoWait = true;

        await new SnapshotRunOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);
        var invocations = sink.ObjectsOf<SnapshotInvocation>();
        Assert.Equal(2, invocations.Count);
        Assert.Equal(0, Calls("DescribeInvocations"));

        var lookup = new ResultLookupRequest { Wait = true, TimeoutSeconds = 60 };
        foreach (var i in invocations) lookup.Invocations.Add(new InvocationTarget(i.InvokeId, i.InstanceId, i.RegionId));
        var lookupSink = new RecordingSink();
        await new ResultLookupOperation(Session, Settings).RunAsync(lookup, lookupSink, CancellationToken.None);

        var results = lookupSink.ObjectsOf<AppSnapshotResult>().ToDictionary(r => r.InstanceId);
        Assert.Equal(Consistency.FileSystem, results["i-ubuntu2204"].ConsistencyValue);
        Assert.Equal(Consistency.Application, results["i-win2019-sql"].ConsistencyValue);
        Assert.Equal(0, Pending.Count);
    }
}
