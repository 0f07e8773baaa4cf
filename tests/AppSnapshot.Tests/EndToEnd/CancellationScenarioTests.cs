using System.Diagnostics;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.EndToEnd;

public class CancellationScenarioTests : EmulatorScenario
{
    [Fact]
    public async Task CancellingReturnsWithinASecondKeepsFinishedResultsAndRegistersTheRest()
    {
        // Exit code 6 is "group creation timed out": the emulator makes that run last about 6 s at this speed.
        Host.Control.SetPluginFault("i-bench-linux-0002", 6);
        using var cts = new CancellationTokenSource();
        var cancelledAt = new Stopwatch();
        var sink = new CancelOnFirstResultSink(cts, cancelledAt);

        var run = new SnapshotRunOperation(Session, Settings).RunAsync(RunRequest("i-bench-linux-0001", "i-bench-linux-0002"), sink, cts.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.True(cancelledAt.Elapsed < TimeSpan.FromSeconds(1), "returned " + cancelledAt.Elapsed + " after the cancel");
        Assert.Equal("i-bench-linux-0001", Assert.Single(sink.Recorded.ObjectsOf<AppSnapshotResult>()).InstanceId);
        var pending = Assert.Single(Pending.Snapshot());
        Assert.Equal("i-bench-linux-0002", pending.InstanceId);
        Assert.Contains(sink.Recorded.Warnings, w => w.Contains("i-bench-linux-0002") && w.Contains("Get-AppSnapshotResult"));

        var later = new RecordingSink();
        await new ResultLookupOperation(Session, Settings).RunAsync(new ResultLookupRequest { Wait = true, TimeoutSeconds = 60 }, later, CancellationToken.None);
        var picked = Assert.Single(later.ObjectsOf<AppSnapshotResult>());
        Assert.Equal(("i-bench-linux-0002", 6), (picked.InstanceId, picked.ExitCode));
        Assert.Equal(0, Pending.Count);
    }

    private sealed class CancelOnFirstResultSink : ForwardingSink
    {
        private readonly CancellationTokenSource _cts;
        private readonly Stopwatch _clock;

        public CancelOnFirstResultSink(CancellationTokenSource cts, Stopwatch clock) : this(new RecordingSink(), cts, clock) { }

        private CancelOnFirstResultSink(RecordingSink recorded, CancellationTokenSource cts, Stopwatch clock) : base(recorded)
        {
            Recorded = recorded;
            _cts = cts;
            _clock = clock;
        }

        public RecordingSink Recorded { get; }

        public override void WriteObject(object value)
        {
            Inner.WriteObject(value);
            if (value is AppSnapshotResult && !_cts.IsCancellationRequested)
            {
                _clock.Start();
                _cts.Cancel();
            }
        }
    }
}
