using AppSnapshot.Output;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Output;

// The test thread plays PowerShell's pipeline thread, which waits for the work by design.
#pragma warning disable xUnit1031

/// <summary>A dispatcher kept across records: work started from one record is pumped by the next and waited for at the end.</summary>
public class PipelineDispatcherPumpTests
{
    /// <summary>Runs on a thread of its own (a pool task could be inlined on the waiting test thread).</summary>
    private static T OnAnotherThread<T>(Func<T> call)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() => { try { result = call(); } catch (Exception ex) { failure = ex; } });
        thread.Start();
        thread.Join();
        if (failure != null) throw failure;
        return result;
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline) Thread.Sleep(5);
        Assert.True(condition());
    }

    [Fact]
    public void PumpDeliversWhatIsQueuedWithoutWaitingForTheWork()
    {
        var sink = new RecordingSink();
        using var dispatcher = new PipelineDispatcher(sink, CancellationToken.None);
        var release = new TaskCompletionSource();
        var queued = new ManualResetEventSlim();
        var work = Task.Factory.StartNew(async () =>
        {
            dispatcher.Sink.WriteObject("early");
            queued.Set();
            await release.Task;
            dispatcher.Sink.WriteObject("late");
        }, TaskCreationOptions.LongRunning).Unwrap();

        Assert.True(queued.Wait(TimeSpan.FromSeconds(20)));
        dispatcher.Pump();
        Assert.Equal(new object[] { "early" }, sink.Objects);

        release.SetResult();
        dispatcher.Wait(work);
        Assert.Equal(new object[] { "early", "late" }, sink.Objects);
        Assert.All(sink.ThreadIds, id => Assert.Equal(Environment.CurrentManagedThreadId, id));
    }

    [Fact]
    public void ACallOnThePipelineThreadComesAfterWhatWasQueuedBeforeIt()
    {
        var sink = new RecordingSink();
        using var dispatcher = new PipelineDispatcher(sink, CancellationToken.None);
        OnAnotherThread(() => { dispatcher.Sink.WriteObject("from a worker"); return 0; });

        dispatcher.Sink.WriteObject("from the pipeline thread");

        Assert.Equal(new object[] { "from a worker", "from the pipeline thread" }, sink.Objects);
    }

    [Fact]
    public void AQuestionOnThePipelineThreadIsAskedAtOnce()
    {
        var sink = new RecordingSink { Answer = (target, _) => target == "yes" };
        using var dispatcher = new PipelineDispatcher(sink, CancellationToken.None);

        Assert.True(dispatcher.Sink.ShouldProcess("yes", "create"));
        Assert.False(dispatcher.Sink.ShouldProcess("no", "create"));
    }

    [Fact]
    public void AWorkersQuestionWaitsForThePumpAndGetsTheAnswer()
    {
        var sink = new RecordingSink { Answer = (_, _) => true };
        using var dispatcher = new PipelineDispatcher(sink, CancellationToken.None);
        var answer = Task.Factory.StartNew(() => dispatcher.Sink.ShouldProcess("i-1", "create"), TaskCreationOptions.LongRunning);

        WaitUntil(() => { dispatcher.Pump(); return answer.IsCompleted; });

        Assert.True(answer.Result);
    }

    [Fact]
    public void ARefusedWriteStopsThePumpAtOnceAndCancelsTheWork()
    {
        var sink = new RecordingSink { OnWrite = _ => throw new OperationCanceledException("pipeline stopped") };
        using var dispatcher = new PipelineDispatcher(sink, CancellationToken.None);
        OnAnotherThread(() => { dispatcher.Sink.WriteObject(1); return 0; });

        Assert.Throws<OperationCanceledException>(() => dispatcher.Pump());
        Assert.True(dispatcher.Token.IsCancellationRequested);
        Assert.False(OnAnotherThread(() => dispatcher.Sink.ShouldProcess("i-1", "create")));
    }

    [Fact]
    public void DisposingAnswersAQuestionStillWaitingNo()
    {
        var sink = new RecordingSink { Answer = (_, _) => true };
        var dispatcher = new PipelineDispatcher(sink, CancellationToken.None);
        var answer = Task.Factory.StartNew(() => dispatcher.Sink.ShouldProcess("i-1", "create"), TaskCreationOptions.LongRunning);
        // Queued before the dispose or asked after it: either way the answer is "no" and nothing reaches the host.
        dispatcher.Dispose();

        Assert.False(answer.Result);
        Assert.Empty(sink.Writes);
    }

    [Fact]
    public void PumpingFromAnotherThreadIsRefused()
    {
        using var dispatcher = new PipelineDispatcher(new RecordingSink(), CancellationToken.None);

        Assert.Throws<InvalidOperationException>(() => OnAnotherThread(() => { dispatcher.Pump(); return 0; }));
    }
}
