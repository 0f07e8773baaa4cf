using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>PowerShell allows writes only on the pipeline thread: everything the run writes must arrive there.</summary>
public class PipelineThreadTests : EmulatorScenario
{
    [Fact]
    public void EveryWriteOfARunArrivesOnTheThreadThatCalledRun()
    {
        var sink = new RecordingSink();
        var operation = new SnapshotRunOperation(Session, Settings);
        var request = RunRequest("i-bench-linux-0001", "i-bench-linux-0002", "i-bench-win-0001", "i-no-role");
        var pipelineThread = Environment.CurrentManagedThreadId;

        PipelineDispatcher.Run(sink, (s, ct) => operation.RunAsync(request, s, ct), CancellationToken.None);

        Assert.Equal(3, sink.ObjectsOf<AppSnapshotResult>().Count);
        Assert.Single(sink.Errors);
        Assert.Contains(sink.Writes, w => w.Kind == "progress");
        Assert.Contains(sink.Writes, w => w.Kind == "shouldprocess");
        Assert.All(sink.ThreadIds, id => Assert.Equal(pipelineThread, id));
    }
}
