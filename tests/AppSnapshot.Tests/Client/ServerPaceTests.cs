using AppSnapshot.Client;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Client;

/// <summary>The adaptive pace on a virtual clock: Delay moves the clock, so every start time is exact.</summary>
public sealed class ServerPaceTests
{
    private readonly ManualClock _clock = new();

    private ServerPace Pace(RateLimit limit, TimeSpan? margin = null) =>
        new(limit, new RatePacing { Margin = margin ?? TimeSpan.Zero }, _clock);

    /// <summary>Acquires <paramref name="count"/> slots one after another; returns each start in seconds since the first.</summary>
    private async Task<List<double>> StartsAsync(ServerPace pace, int count)
    {
        var first = _clock.UtcNow;
        var starts = new List<double>();
        for (var i = 0; i < count; i++)
        {
            await pace.AcquireAsync(CancellationToken.None);
            starts.Add((_clock.UtcNow - first).TotalSeconds);
        }
        return starts;
    }

    private static int MostInAnyWindow(IReadOnlyList<double> starts, double window) =>
        starts.Select(s => starts.Count(t => t >= s && t < s + window - 1e-9)).Max();

    [Fact]
    public async Task NeverStartsMoreThanTheRateInAnyOneSecondWindow()
    {
        var starts = await StartsAsync(Pace(new RateLimit(10)), 35);

        Assert.Equal(10, MostInAnyWindow(starts, 1.0));
        Assert.Equal(new[] { 0.0, 1.0, 2.0, 3.0 }, starts.Where((_, i) => i % 10 == 0).ToArray());
        Assert.Equal(3.0, starts[^1]);
    }

    [Fact]
    public async Task TheMarginStretchesEachWindow()
    {
        var starts = await StartsAsync(Pace(new RateLimit(10), TimeSpan.FromMilliseconds(50)), 21);

        Assert.Equal(new[] { 0.0, 1.05, 2.1 }, starts.Where((_, i) => i % 10 == 0).Select(s => Math.Round(s, 3)).ToArray());
    }

    [Fact]
    public async Task ABurstOfOneSpacesCallsEvenly()
    {
        var starts = await StartsAsync(Pace(new RateLimit(2, 1)), 4);

        Assert.Equal(new[] { 0.0, 0.5, 1.0, 1.5 }, starts);
    }

    [Fact]
    public async Task ACallThatLeavesLateMovesTheWindowItOpens()
    {
        var pace = Pace(new RateLimit(10));
        var first = await pace.AcquireAsync(CancellationToken.None);
        for (var i = 1; i < 10; i++) (await pace.AcquireAsync(CancellationToken.None)).Leaving(_clock.UtcNow);
        // Planned at 0, the first call only left 0.3 s later (a busy machine): the eleventh waits a whole window after that.
        var started = _clock.UtcNow;
        first.Leaving(started + TimeSpan.FromSeconds(0.3));

        await pace.AcquireAsync(CancellationToken.None);

        Assert.Equal(1.3, (_clock.UtcNow - started).TotalSeconds, 6);
    }

    [Fact]
    public void AThrottleAfterAQuietSpellTrimsTheRateAndThrottlingThatGoesOnCutsIt()
    {
        var pace = Pace(new RateLimit(10));
        pace.Report(throttled: true);
        Assert.Equal(9.0, pace.CurrentRate, 6);

        _clock.Advance(TimeSpan.FromSeconds(1.2));
        pace.Report(throttled: true);
        Assert.Equal(6.3, pace.CurrentRate, 6);

        // Five windows without a throttled answer (the rate wins back a step in each): the next one only trims again.
        for (var window = 0; window < 6; window++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1.2));
            pace.Report(throttled: false);
        }
        Assert.Equal(10.0, pace.CurrentRate, 6);
        _clock.Advance(TimeSpan.FromSeconds(1.2));
        pace.Report(throttled: true);
        Assert.Equal(9.0, pace.CurrentRate, 6);
    }

    [Fact]
    public async Task ThrottlingCutsTheRateOncePerWindowAndSuccessesWinItBack()
    {
        var pace = Pace(new RateLimit(10));
        await StartsAsync(pace, 10);
        // Throttling that goes on: every call of two windows in a row was throttled, one decrease per window, not ten.
        for (var i = 0; i < 10; i++) pace.Report(throttled: true);
        Assert.Equal(9.0, pace.CurrentRate, 6);
        _clock.Advance(TimeSpan.FromSeconds(1.2));
        for (var i = 0; i < 10; i++) pace.Report(throttled: true);
        Assert.Equal(6.3, pace.CurrentRate, 6);

        var slower = await StartsAsync(pace, 22);
        Assert.Equal(6, MostInAnyWindow(slower, 0.95)); // a window is 6 / 6.3 s

        // One step of a tenth of the configured rate per window without throttling, up to the configured rate.
        var rates = new List<double>();
        for (var window = 0; window < 5; window++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1.01));
            pace.Report(throttled: false);
            pace.Report(throttled: false);
            rates.Add(Math.Round(pace.CurrentRate, 6));
        }
        Assert.Equal(new[] { 7.3, 8.3, 9.3, 10.0, 10.0 }, rates);
    }

    [Fact]
    public void TheRateNeverDropsBelowItsFloor()
    {
        var pace = Pace(new RateLimit(10));
        for (var i = 0; i < 50; i++)
        {
            pace.Report(throttled: true);
            _clock.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(0.5, pace.CurrentRate, 6); // 5 % of 10/s (above the 0.2/s floor)
    }

    [Fact]
    public async Task AtALowRateOneCallPerIntervalGoes()
    {
        var pace = Pace(new RateLimit(10));
        for (var i = 0; i < 50; i++)
        {
            pace.Report(throttled: true);
            _clock.Advance(TimeSpan.FromSeconds(30));
        }

        var starts = await StartsAsync(pace, 3);
        Assert.Equal(new[] { 0.0, 2.0, 4.0 }, starts.Select(s => Math.Round(s, 6)).ToArray());
    }

    [Fact]
    public void PacesArePerEndpointProductAndActionSoRegionsOnOneEndpointShareOne()
    {
        var limiter = new RateLimiter(new ClientSettings(), _clock);
        var emulator = new Uri("http://127.0.0.1:8787/");

        Assert.Same(limiter.PaceFor(emulator, "Ecs", "RunCommand"), limiter.PaceFor(new Uri("http://127.0.0.1:8787/"), "Ecs", "RunCommand"));
        Assert.NotSame(limiter.PaceFor(emulator, "Ecs", "RunCommand"), limiter.PaceFor(emulator, "Ecs", "DescribeInvocations"));
        Assert.NotSame(limiter.PaceFor(new Uri("https://ecs-cn-hangzhou.aliyuncs.com/"), "Ecs", "RunCommand"),
            limiter.PaceFor(new Uri("https://ecs.cn-shanghai.aliyuncs.com/"), "Ecs", "RunCommand"));
    }

    [Fact]
    public void DefaultsAreRunCommandTenAndEverythingElseTwentyPerSecondWindow()
    {
        var settings = new ClientSettings();

        Assert.Equal((10.0, 10), (settings.RateLimitFor("Ecs", "RunCommand").RequestsPerSecond, settings.RateLimitFor("Ecs", "RunCommand").Burst));
        Assert.Equal((20.0, 20), (settings.RateLimitFor("Ecs", "DescribeInvocations").RequestsPerSecond, settings.RateLimitFor("Ecs", "DescribeInvocations").Burst));
        Assert.Equal(1, new RateLimit(0.5).Burst);
    }
}
