using AppSnapshot.Models;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;
using EcsEmulator;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>RunCommand responses lost after the service committed the run never start a second run.</summary>
public class DroppedRunCommandTests : EmulatorScenario
{
    [Fact]
    public async Task ARetriedRunCommandReusesItsInvocationAndMakesOneGroup()
    {
        Host.Control.SetFault("RunCommand", new FaultSettings { DropAfterCommitPercent = 60 });
        var ids = Enumerable.Range(1, 10).Select(n => "i-bench-linux-" + n.ToString("D4")).ToList();
        var results = new List<AppSnapshotResult>();

        foreach (var id in ids)
        {
            var sink = new RecordingSink();
            await new SnapshotRunOperation(Session, Settings).RunAsync(RunRequest(id), sink, CancellationToken.None);
            Assert.Empty(sink.Errors);
            results.Add(Assert.Single(sink.ObjectsOf<AppSnapshotResult>()));
        }

        Assert.True(Calls("RunCommand") > ids.Count, "no response was dropped, so nothing was retried");
        Assert.All(ids, id => Assert.Equal(1, Host.Control.GetSnapshotGroupCount(id)));
        Assert.Equal(ids.Count, results.Select(r => r.InvokeId).Distinct().Count());
        Assert.Equal(ids.Count, Host.Control.GetCreatedCounts()["Invocation"]);
    }
}
