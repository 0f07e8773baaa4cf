using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;
using EcsEmulator;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>
/// 100 instances while the API throttles, fails and drops responses after committing:
/// every instance ends with exactly one snapshot group and exactly one result.
/// </summary>
public class FleetWithFaultsTests : EmulatorScenario
{
    protected override void Configure(ClientSettings settings)
    {
        base.Configure(settings);
        settings.MaxAttempts = 8;
        settings.ReadTimeout = TimeSpan.FromSeconds(5);
    }

    [Fact]
    public async Task EveryInstanceGetsExactlyOneGroupAndOneResult()
    {
        var ids = Enumerable.Range(1, 100).Select(n => "i-bench-linux-" + n.ToString("D4")).ToArray();
        var faults = new FaultSettings { ThrottlePercent = 20, ServerErrorPercent = 5, DropAfterCommitPercent = 2 };
        foreach (var action in new[] { "RunCommand", "DescribeInvocations", "DescribeInvocationResults", "DescribeSnapshotGroups" })
            Host.Control.SetFault(action, faults);
        var sink = new RecordingSink();
        var request = RunRequest(ids);
        request.TimeoutSeconds = 120;

        await new SnapshotRunOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        var results = sink.ObjectsOf<AppSnapshotResult>();
        Assert.Equal(ids.OrderBy(x => x), results.Select(r => r.InstanceId).OrderBy(x => x));
        Assert.All(results, r => Assert.True(r.Succeeded, r.InstanceId + " " + r.Status));
        Assert.All(ids, id => Assert.Equal(1, Host.Control.GetSnapshotGroupCount(id)));
        Assert.Empty(sink.Errors);
        Assert.True(Calls("RunCommand") >= 1);
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("close")]
    public async Task FivePercentLostAnswersStillGiveEveryResultOneGroupAndNoError(string loss)
    {
        var ids = Enumerable.Range(101, 100).Select(n => "i-bench-linux-" + n.ToString("D4")).ToArray();
        var faults = new FaultSettings
        {
            ThrottlePercent = 20,
            ServerErrorPercent = 5,
            DropAfterCommitPercent = loss == "reset" ? 5 : 0,
            CloseAfterCommitPercent = loss == "close" ? 5 : 0,
        };
        foreach (var action in new[] { "RunCommand", "DescribeInvocations", "DescribeInvocationResults", "DescribeSnapshotGroups" })
            Host.Control.SetFault(action, faults);
        var sink = new RecordingSink();
        var request = RunRequest(ids);
        request.TimeoutSeconds = 120;

        await new SnapshotRunOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Empty(sink.Errors.Select(e => e.ErrorId + ": " + e.Message));
        var results = sink.ObjectsOf<AppSnapshotResult>();
        Assert.Equal(ids.OrderBy(x => x), results.Select(r => r.InstanceId).OrderBy(x => x));
        Assert.All(ids, id => Assert.Equal(1, Host.Control.GetSnapshotGroupCount(id)));
        Assert.Equal(1, Host.Control.GetCreatedCounts()["Invocation"]);
        Assert.Equal(0, Pending.Count);
    }
}
