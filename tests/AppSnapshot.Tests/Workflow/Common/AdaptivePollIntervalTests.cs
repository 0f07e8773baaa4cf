using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Tests.Workflow.Common;

public class AdaptivePollIntervalTests
{
    private static readonly PollingSettings Settings = new()
    {
        InitialInterval = TimeSpan.FromSeconds(3), MinInterval = TimeSpan.FromSeconds(1), MaxInterval = TimeSpan.FromSeconds(5), GrowthFactor = 2,
    };

    [Fact]
    public void GrowsWhileNothingChangesUpToTheCeiling()
    {
        var interval = new AdaptivePollInterval(Settings);

        var waits = Enumerable.Range(0, 4).Select(_ => interval.Next(progressed: false)).ToList();

        Assert.Equal(new[] { 5.0, 5.0, 5.0, 5.0 }, waits.Select(w => w.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(3), new AdaptivePollInterval(Settings).Current);
    }

    [Fact]
    public void DropsToTheMinimumWhenSomethingFinishedThenGrowsAgain()
    {
        var interval = new AdaptivePollInterval(Settings);

        var afterProgress = interval.Next(progressed: true);
        var quiet1 = interval.Next(progressed: false);
        var quiet2 = interval.Next(progressed: false);
        var quiet3 = interval.Next(progressed: false);

        Assert.Equal(TimeSpan.FromSeconds(1), afterProgress);
        Assert.Equal(TimeSpan.FromSeconds(2), quiet1);
        Assert.Equal(TimeSpan.FromSeconds(4), quiet2);
        Assert.Equal(TimeSpan.FromSeconds(5), quiet3);
    }
}
