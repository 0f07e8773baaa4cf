using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>
/// 500 instances found by tag: RunCommand plus polling stays within 0.2 calls per instance, with the
/// default polling shape scaled by the same factor as the emulator's clock.
/// </summary>
public class FleetCallBudgetTests : EmulatorScenario
{
    private const double Scale = 0.1;

    protected override double SpeedFactor => Scale;

    [Fact]
    public async Task FiveHundredInstancesCostAtMostOneHundredRunAndPollCalls()
    {
        var query = new InstanceQueryRequest();
        query.Tags["fleet"] = "bench";
        var found = new RecordingSink();
        await new InstanceQueryOperation(Session).RunAsync(query, found, CancellationToken.None);
        var fleet = found.ObjectsOf<EcsInstance>();
        Assert.InRange(fleet.Count, 600, 1000);
        Assert.Equal(fleet.Count, fleet.Select(i => i.InstanceId).Distinct().Count());
        Assert.All(fleet, i => Assert.Equal("bench", i.Tags["fleet"]));
        var chosen = fleet.OrderBy(i => i.InstanceId).Skip(fleet.Count - 500).ToList();
        Assert.Contains(chosen, i => i.OSType == "Windows");

        var defaults = new PollingSettings();
        var settings = Settings;
        settings.Polling = new PollingSettings
        {
            InitialInterval = Scaled(defaults.InitialInterval),
            MinInterval = Scaled(defaults.MinInterval),
            MaxInterval = Scaled(defaults.MaxInterval),
            GrowthFactor = defaults.GrowthFactor,
        };
        var request = new SnapshotRunRequest { Name = "budget", TimeoutSeconds = 300 };
        foreach (var i in chosen) request.Instances.Add(new InstanceTarget(i.InstanceId, i.RegionId));
        var sink = new RecordingSink();
        var before = Calls("RunCommand") + Calls("DescribeInvocations") + Calls("DescribeInvocationResults");

        await new SnapshotRunOperation(Session, settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Equal(500, sink.ObjectsOf<AppSnapshotResult>().Select(r => r.InstanceId).Distinct().Count());
        Assert.Empty(sink.Errors);
        var spent = Calls("RunCommand") + Calls("DescribeInvocations") + Calls("DescribeInvocationResults") - before;
        Assert.InRange(spent, 6, 100);
        Assert.All(sink.Progress.Where(p => !p.Completed), p => Assert.InRange(p.PercentComplete, 0, 100));
    }

    private static TimeSpan Scaled(TimeSpan nominal) => TimeSpan.FromTicks((long)(nominal.Ticks * Scale));
}
