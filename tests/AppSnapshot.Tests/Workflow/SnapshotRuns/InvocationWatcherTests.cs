using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Workflow.SnapshotRuns;

/// <summary>
/// The watcher on its own, with runs that finish by the clock: invocations fed while it watches, one poll per
/// invocation once the runs' duration is known, group reads of about a page per 100 results, the deadline and a
/// cancellation with a feed that is still open.
/// </summary>
public class InvocationWatcherTests
{
    private const string Name = "nightly";
    private readonly ManualClock _clock = new();
    private readonly PendingInvocationRegistry _registry = new();
    private readonly RecordingSink _sink = new();
    private readonly TimedRunsCloud _cloud;

    public InvocationWatcherTests() => _cloud = new TimedRunsCloud(_clock);

    private WorkflowSettings Settings => new() { Clock = _clock, PendingInvocations = _registry };

    private InvocationWatcher Watcher => new(_cloud.Clients, Settings);

    /// <summary>Starts a run of <paramref name="size"/> instances, each finishing 28-32 s after it started, and registers it like the run does.</summary>
    private WatchedInvocation Start(int run, int size = 100)
    {
        var invokeId = "t-" + run.ToString("D3");
        var durations = Enumerable.Range(0, size).ToDictionary(k => "i-" + run.ToString("D3") + "-" + k.ToString("D3"),
            k => TimeSpan.FromSeconds(28 + (k * 7 + run * 3) % 41 / 10.0));
        _cloud.Start(invokeId, Name, durations);
        foreach (var id in durations.Keys) _registry.Add(new PendingInvocation("cn-hangzhou", invokeId, id, Name));
        return new WatchedInvocation("cn-hangzhou", invokeId, durations.Keys, Name, "req-" + invokeId) { StartedAt = _clock.UtcNow };
    }

    private List<WatchedInvocation> StartPaced(int runs, int size = 100)
    {
        var started = new List<WatchedInvocation>();
        for (var run = 1; run <= runs; run++)
        {
            started.Add(Start(run, size));
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }
        return started;
    }

    private void AssertEveryInstanceOnceFromTags(int count)
    {
        var results = _sink.ObjectsOf<AppSnapshotResult>();
        Assert.Equal(count, results.Count);
        Assert.Equal(count, results.Select(r => (r.InvokeId, r.InstanceId)).Distinct().Count());
        Assert.All(results, r => Assert.Equal(("ssg-" + r.InstanceId, "Tags"), (r.SnapshotGroupId, r.ConsistencySource)));
        Assert.Empty(_sink.Errors);
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task OnceTheDurationIsKnownEachInvocationIsPolledAboutOnce()
    {
        var runs = StartPaced(20);

        await Watcher.WatchAsync(runs, new WatchOptions(), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(2000);
        // The oldest run is looked at until its instances finish (after every 8 % of its running time, at least 0.5 s apart:
        // about 35 looks over 32 s); every other one once, when runs like it are over, or twice when it is caught finishing.
        var others = runs.Skip(1).Select(r => _cloud.PollsOf(r.InvokeId)).ToList();
        Assert.All(others, polls => Assert.InRange(polls, 1, 2));
        Assert.True(others.Count(p => p == 1) >= 17, "polls: " + string.Join(", ", others));
        Assert.InRange(_cloud.PollsOf(runs[0].InvokeId), 2, 40);
    }

    [Fact]
    public async Task SnapshotGroupsTakeAboutOnePagePer100Results()
    {
        var runs = StartPaced(20);

        await Watcher.WatchAsync(runs, new WatchOptions(), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(2000);
        var reads = _cloud.Ecs.CallsTo("DescribeSnapshotGroups");
        var byName = reads.Where(r => r.Get("Name") == Name).ToList();
        Assert.All(byName, r => Assert.Equal("100", r.Get("MaxResults")));
        // 2000 groups are 20 pages; a few more for runs seen finished before the page that lists them was read.
        Assert.InRange(byName.Count, 20, 24);
        Assert.InRange(reads.Count - byName.Count, 0, 2);
    }

    [Fact]
    public async Task InvocationsFedWhileWatchingAreWatchedAndReported()
    {
        var feed = new InvocationFeed();
        feed.Add(Start(1));
        var next = 2;
        // The run goes on starting batches while the watcher waits: one per wait, the last one after results were written.
        _clock.OnDelay = _ =>
        {
            if (next <= 5) feed.Add(Start(next++));
            else if (_sink.ObjectsOf<AppSnapshotResult>().Count > 0) feed.Complete();
        };

        await Watcher.WatchAsync(feed, new WatchOptions(), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(500);
        Assert.True(feed.IsComplete);
        Assert.All(Enumerable.Range(1, 5), run => Assert.Contains(_sink.ObjectsOf<AppSnapshotResult>(), r => r.InvokeId == "t-" + run.ToString("D3")));
    }

    [Fact]
    public async Task ResultsOfInvocationsFedAfterOthersFinishedAreWritten()
    {
        var feed = new InvocationFeed();
        feed.Add(Start(1));
        var late = false;
        _sink.OnWrite = kind =>
        {
            // Fed the moment the first run's last result is written, when nothing else is open: the watcher must go on.
            if (late || kind != "object" || _sink.ObjectsOf<AppSnapshotResult>().Count < 100) return;
            late = true;
            feed.Add(Start(2, size: 30));
            feed.Complete();
        };

        await Watcher.WatchAsync(feed, new WatchOptions(), _sink, CancellationToken.None);

        AssertEveryInstanceOnceFromTags(130);
        Assert.Equal(30, _sink.ObjectsOf<AppSnapshotResult>().Count(r => r.InvokeId == "t-002"));
    }

    [Fact]
    public async Task TheDeadlineEndsAWatchWhoseFeedNeverCompletes()
    {
        var feed = new InvocationFeed();
        feed.Add(Start(1));
        var started = _clock.UtcNow;

        await Watcher.WatchAsync(feed, new WatchOptions { Timeout = TimeSpan.FromSeconds(10) }, _sink, CancellationToken.None);

        Assert.False(feed.IsComplete);
        Assert.True(_clock.UtcNow - started <= TimeSpan.FromSeconds(10.5), "ended at " + (_clock.UtcNow - started));
        var errors = _sink.Errors;
        Assert.Equal(100, errors.Count);
        Assert.All(errors, e => Assert.Equal(WorkflowErrorIds.WaitTimedOut, e.ErrorId));
        Assert.Equal(100, _registry.Count);
        Assert.Contains(_sink.Warnings, w => w.Contains("t-001/i-001-000"));
    }

    [Fact]
    public async Task CancellingNamesEveryRunFedSoFarEvenOnesNotTakenYet()
    {
        var feed = new InvocationFeed();
        feed.Add(Start(1, size: 2));
        using var cts = new CancellationTokenSource();
        _clock.OnDelay = _ =>
        {
            if (_cloud.PollsOf("t-001") == 0) return;
            feed.Add(Start(2, size: 2));
            cts.Cancel();
        };

        var stopped = await Assert.ThrowsAsync<CancelledWithNoticeException>(() => Watcher.WatchAsync(feed, new WatchOptions(), _sink, cts.Token));

        Assert.Contains("t-001/i-001-000", stopped.Notice);
        Assert.Contains("t-002/i-002-001", stopped.Notice);
        Assert.Equal(4, _registry.Count);
        Assert.Empty(_sink.ObjectsOf<AppSnapshotResult>());
    }

    [Fact]
    public async Task BeforeAnyRunFinishesOnlyTheOldestInvocationIsPolled()
    {
        var runs = StartPaced(10);

        await Watcher.WatchAsync(runs, new WatchOptions { Timeout = TimeSpan.FromSeconds(20) }, _sink, CancellationToken.None);

        // Nothing finishes within 20 s: the oldest is looked at after every 8 % of its running time (at least 0.5 s apart,
        // about 25 looks by 20 s), the others once, at the deadline.
        Assert.InRange(_cloud.PollsOf("t-001"), 18, 30);
        Assert.All(runs.Skip(1), r => Assert.Equal(1, _cloud.PollsOf(r.InvokeId)));
        Assert.Equal(1000, _sink.Errors.Count(e => e.ErrorId == WorkflowErrorIds.WaitTimedOut));
    }

    [Fact]
    public void AFeedOfAListIsCompleteAndRefusesMore()
    {
        var feed = InvocationFeed.Of(new[] { new WatchedInvocation("cn-hangzhou", "t-1", new[] { "i-1" }) });

        Assert.True(feed.IsComplete);
        feed.Complete();
        Assert.Throws<InvalidOperationException>(() => feed.Add(new WatchedInvocation("cn-hangzhou", "t-2", new[] { "i-2" })));
    }
}
