using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Tests.Workflow.SnapshotRuns;

public class RemainingTimeTests
{
    private static readonly TimeSpan NextLook = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan FarDeadline = TimeSpan.FromMinutes(30);

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    /// <summary>The estimate from instances seen finished these long after the wait began, kept as the watcher keeps them (in time order).</summary>
    private static TimeSpan? Estimate(IEnumerable<TimeSpan> finishedAfter, int pending, TimeSpan elapsed, TimeSpan nextLook, TimeSpan untilDeadline)
    {
        var timeline = new FinishTimeline();
        foreach (var at in finishedAfter.OrderBy(t => t)) timeline.Add(at);
        return RemainingTime.Estimate(timeline.Median, pending, elapsed, nextLook, untilDeadline);
    }

    [Fact]
    public void UnknownUntilTheFirstInstanceFinishes()
    {
        Assert.Null(Estimate(Array.Empty<TimeSpan>(), pending: 5, S(10), NextLook, FarDeadline));
    }

    [Fact]
    public void NothingLeftWhenNothingIsPending()
    {
        Assert.Equal(TimeSpan.Zero, Estimate(new[] { S(10) }, pending: 0, S(12), NextLook, FarDeadline));
    }

    [Fact]
    public void TheRunningOnesShouldTakeAboutAsLongAsTheTypicalFinishedOne()
    {
        // Three finished after 20, 30 and 90 s (median 30 s); 25 s have passed: 5 s to go, plus the next look.
        Assert.Equal(S(7), Estimate(new[] { S(90), S(20), S(30) }, pending: 10, S(25), NextLook, FarDeadline));
    }

    [Fact]
    public void PastTheTypicalDurationOnlyTheNextLookIsLeft()
    {
        Assert.Equal(NextLook, Estimate(new[] { S(20) }, pending: 1, S(60), NextLook, FarDeadline));
    }

    [Fact]
    public void NeverBeyondTheDeadline()
    {
        Assert.Equal(S(3), Estimate(new[] { S(100) }, pending: 1, S(10), NextLook, S(3)));
        Assert.Equal(TimeSpan.Zero, Estimate(new[] { S(100) }, pending: 1, S(10), NextLook, S(-1)));
    }

    [Fact]
    public void NamesTheFirstPendingInstancesAndCountsTheRest()
    {
        Assert.Equal("Still running: i-a, i-b", RemainingTime.Pending(new[] { "i-a", "i-b" }));
        Assert.Equal("Still running: i-1, i-2, i-3, i-4 and 2 more", RemainingTime.Pending(new[] { "i-1", "i-2", "i-3", "i-4", "i-5", "i-6" }));
    }
}
