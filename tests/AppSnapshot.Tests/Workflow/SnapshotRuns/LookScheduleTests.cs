using AppSnapshot.Api;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Tests.Workflow.SnapshotRuns;

public class LookScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private readonly PollingSettings _polling = new();

    private WatchedInvocation Run(string id, string kind, double startedAfter) =>
        new("cn-hangzhou", id, new[] { "i-" + id }) { Kind = kind, StartedAt = T0.AddSeconds(startedAfter), Interval = new AdaptivePollInterval(_polling) };

    private static (InvocationRecord, InstanceInvocationRecord) Finished(string id) =>
        (new InvocationRecord { InvokeId = id }, new InstanceInvocationRecord { InvokeId = id, InstanceId = "i-" + id, InvocationStatus = "Success" });

    [Fact]
    public void BeforeAnythingFinishesOnlyTheOldestRunOfEachKindIsLookedAt()
    {
        var schedule = new LookSchedule(_polling);
        var linux1 = Run("t-1", "Linux", 0);
        var linux2 = Run("t-2", "Linux", 0.1);
        var windows = Run("t-3", "Windows", 0.2);
        var open = new[] { linux1, linux2, windows };

        Assert.NotNull(schedule.Next(linux1, open));
        Assert.Null(schedule.Next(linux2, open));
        Assert.NotNull(schedule.Next(windows, open));
    }

    [Fact]
    public void TheProbeIsLookedAtAgainAfterAShareOfItsRunningTimeNeverSoonerThanTheMinimum()
    {
        var schedule = new LookSchedule(_polling);
        var probe = Run("t-1", "Linux", 0);

        Assert.Equal(_polling.MinInterval, schedule.WaitAfter(probe, T0.AddSeconds(2), progressed: false, singleLook: false));
        var later = schedule.WaitAfter(probe, T0.AddSeconds(20), progressed: false, singleLook: false);
        Assert.InRange(later.TotalSeconds, 1.5, 1.7);
    }

    [Fact]
    public void OnceSettledEveryRunIsPlannedFromTheCloselyMeasuredDurationNotFromLooserBounds()
    {
        var schedule = new LookSchedule(_polling);
        var probe = Run("t-1", "Linux", 0);
        var (record, instance) = Finished("t-1");
        // Caught finishing 10 s after its start; other instances were only seen finished at looks up to 12 s after theirs.
        schedule.Learn(probe, record, instance, T0.AddSeconds(10), closely: true);
        for (var k = 0; k < 50; k++) schedule.Learn(probe, record, instance, T0.AddSeconds(12), closely: false);
        schedule.Saw(seenFinished: 1, instances: 1);

        var next = Run("t-2", "Linux", 5);
        var due = schedule.Next(next, new[] { next });

        Assert.True(schedule.Settled);
        Assert.NotNull(due);
        Assert.InRange((due!.Value - next.StartedAt).TotalSeconds, 10, 10.3);
    }

    [Fact]
    public void WithoutACloseMeasurementRunsAreLookedAtEarlierThanTheBoundsBy1sTheServicesResolution()
    {
        var schedule = new LookSchedule(_polling);
        var probe = Run("t-1", "Linux", 0);
        var (record, instance) = Finished("t-1");
        schedule.Learn(probe, record, instance, T0.AddSeconds(12), closely: false);
        schedule.Saw(seenFinished: 1, instances: 1);

        var next = Run("t-2", "Linux", 5);
        var due = schedule.Next(next, new[] { next })!.Value;

        Assert.InRange((due - next.StartedAt).TotalSeconds, 11, 11.3);
    }

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(1.0, true)]
    [InlineData(2.0, false)]
    public void AFinishIsCloseOnlyShortlyAfterALookThatSawItRunning(double secondsSinceLastLook, bool close) =>
        Assert.Equal(close, LookSchedule.IsClose(T0, T0.AddSeconds(secondsSinceLastLook)));
}
