using AppSnapshot.Output;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Output;

public class PipelineDispatcherTests
{
    [Fact]
    public void EveryWriteArrivesOnTheThreadThatCalledRun()
    {
        var sink = new RecordingSink();
        var callerThread = Environment.CurrentManagedThreadId;
        var operationThreads = new System.Collections.Concurrent.ConcurrentBag<int>();

        PipelineDispatcher.Run(sink, async (s, ct) =>
        {
            // Writes from several pool threads at once, across awaits.
            await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                operationThreads.Add(Environment.CurrentManagedThreadId);
                s.WriteObject(i);
                await Task.Yield();
                s.WriteVerbose("v" + i);
                s.WriteProgress(new ProgressInfo(1, "a", "s" + i));
                s.WriteError(new OperationError("E" + i, ErrorKind.InvalidResult, "m"));
                s.WriteWarning("w");
                s.WriteDebug("d");
                Assert.True(s.ShouldProcess("t" + i, "act"));
            }, ct)));
        }, CancellationToken.None);

        Assert.Equal(8 * 7, sink.Writes.Count);
        Assert.All(sink.Writes, c => Assert.Equal(callerThread, c.ThreadId));
        Assert.DoesNotContain(callerThread, operationThreads);
        Assert.Equal(Enumerable.Range(0, 8).Cast<object>().OrderBy(o => o), sink.Objects.OrderBy(o => o));
    }

    [Fact]
    public void ShouldProcessAnswerReachesTheOperation()
    {
        var sink = new RecordingSink { Answer = (target, _) => target == "yes" };
        var answers = new List<bool>();

        PipelineDispatcher.Run(sink, (s, _) =>
        {
            answers.Add(s.ShouldProcess("yes", "delete"));
            answers.Add(s.ShouldProcess("no", "delete"));
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal(new[] { true, false }, answers);
    }

    [Fact]
    public void OperationExceptionIsRethrownAfterEarlierWritesWereDelivered()
    {
        var sink = new RecordingSink();

        var ex = Assert.Throws<InvalidOperationException>(() => PipelineDispatcher.Run(sink, async (s, _) =>
        {
            s.WriteObject("first");
            await Task.Yield();
            throw new InvalidOperationException("boom");
        }, CancellationToken.None));

        Assert.Equal("boom", ex.Message);
        Assert.Equal(new object[] { "first" }, sink.Objects);
    }

    [Fact]
    public void SinkFailureCancelsTheOperationDropsLaterWritesAndIsRethrown()
    {
        var sink = new RecordingSink();
        sink.OnWrite = kind => { if (kind == "object") throw new OperationCanceledException("pipeline stopped"); };
        var observedCancellation = false;
        var laterShouldProcess = true;

        Assert.Throws<OperationCanceledException>(() => PipelineDispatcher.Run(sink, async (s, ct) =>
        {
            s.WriteObject(1);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                observedCancellation = true;
            }
            s.WriteObject(2);
            laterShouldProcess = s.ShouldProcess("t", "a");
        }, CancellationToken.None));

        Assert.True(observedCancellation);
        Assert.False(laterShouldProcess);
        Assert.Single(sink.Objects);
    }

    [Fact]
    public void CallerCancellationFlowsIntoTheOperation()
    {
        using var cts = new CancellationTokenSource();
        var sink = new RecordingSink();
        sink.OnWrite = kind => { if (kind == "verbose") cts.Cancel(); };

        PipelineDispatcher.Run(sink, async (s, ct) =>
        {
            s.WriteVerbose("started");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                s.WriteWarning("stopped early");
            }
        }, cts.Token);

        Assert.Equal(new[] { "stopped early" }, sink.Warnings);
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => PipelineDispatcher.Run(null!, (_, _) => Task.CompletedTask, default));
        Assert.Throws<ArgumentNullException>(() => PipelineDispatcher.Run(new RecordingSink(), null!, default));
    }

    private sealed class StoppedPipelineException : Exception { }

    [Fact]
    public void WhenTheCallerStopsANoticeTheOperationEndsWithWinsOverTheRefusedWrites()
    {
        using var stopping = new CancellationTokenSource();
        // Like a stopping PowerShell pipeline: every write after Stop is refused.
        var sink = new RecordingSink { OnWrite = _ => { if (stopping.IsCancellationRequested) throw new StoppedPipelineException(); } };

        var ex = Assert.Throws<CancelledWithNoticeException>(() => PipelineDispatcher.Run(sink, async (s, ct) =>
        {
            stopping.Cancel();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException cancelled)
            {
                s.WriteWarning("2 runs still going");
                throw new CancelledWithNoticeException("2 runs still going", cancelled, ct);
            }
        }, stopping.Token));

        Assert.Equal("2 runs still going", ex.Notice);
    }

    [Fact]
    public void ASinkFailureWithoutAStopIsStillTheSinksFailure()
    {
        var sink = new RecordingSink { OnWrite = _ => throw new StoppedPipelineException() };

        Assert.Throws<StoppedPipelineException>(() => PipelineDispatcher.Run(sink, (s, ct) =>
        {
            s.WriteObject(1);
            throw new CancelledWithNoticeException("notice", null, ct);
        }, CancellationToken.None));
    }
}
