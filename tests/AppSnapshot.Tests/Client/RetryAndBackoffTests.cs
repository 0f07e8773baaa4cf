using AppSnapshot.Client;

namespace AppSnapshot.Tests.Client;

public class RetryAndBackoffTests
{
    [Theory]
    [InlineData("Throttling", 400, true, true)]
    [InlineData("Throttling.Api", 400, true, true)]
    [InlineData("Rejected.Throttling", 400, true, true)]
    [InlineData("Whatever", 429, true, true)]
    [InlineData("ServiceUnavailable", 503, false, true)]
    [InlineData("ServiceUnavailable", 400, false, true)]
    [InlineData("InternalError", 500, false, true)]
    [InlineData("InternalError.Dispatch", 400, false, true)]
    [InlineData("Unknown", 504, false, true)]
    [InlineData("InvalidParameter", 400, false, false)]
    [InlineData("ThrottlingX", 400, true, true)]
    [InlineData("NotThrottling", 400, false, false)]
    public void Classification(string code, int status, bool throttling, bool retryable)
    {
        Assert.Equal(throttling, RetryClassifier.IsThrottling(code, status));
        Assert.Equal(retryable, RetryClassifier.IsRetryable(code, status));
    }

    [Fact]
    public void FullJitterIsBoundedByTheCappedExponential()
    {
        var settings = new ClientSettings { BaseBackoff = TimeSpan.FromMilliseconds(100), MaxBackoff = TimeSpan.FromSeconds(1), Jitter = () => 0.999 };
        var backoff = new Backoff(settings);
        Assert.Equal(new[] { 99.9, 199.8, 399.6, 799.2, 999.0, 999.0 }, Enumerable.Range(1, 6).Select(n => Math.Round(backoff.Next(n, null).TotalMilliseconds, 1)));
        settings.Jitter = () => 0;
        Assert.Equal(TimeSpan.Zero, backoff.Next(3, null));
        Assert.InRange(new Backoff(new ClientSettings()).Next(100, null), TimeSpan.Zero, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void RetryAfterIsHonouredButCappedAndGarbageIgnored()
    {
        var settings = new ClientSettings { MaxRetryAfter = TimeSpan.FromSeconds(10), Jitter = () => 0 };
        var backoff = new Backoff(settings);
        Assert.Equal(TimeSpan.FromMilliseconds(2000), backoff.Next(1, "2000"));
        Assert.Equal(TimeSpan.FromSeconds(10), backoff.Next(1, "600000"));
        foreach (var bad in new[] { "0", "-5", "soon", "1.5", "" }) Assert.Equal(TimeSpan.Zero, backoff.Next(1, bad));
    }

    [Fact]
    public void RateLimitsArePickedPerProductActionThenActionThenDefault()
    {
        var settings = new ClientSettings();
        settings.RateLimits["Ecs.RunCommand"] = new RateLimit(1, 1);
        settings.RateLimits["DescribeInstances"] = new RateLimit(2, 2);
        Assert.Equal(1, settings.RateLimitFor("Ecs", "RunCommand").Burst);
        Assert.Equal(2, settings.RateLimitFor("Ram", "DescribeInstances").Burst);
        Assert.Same(settings.DefaultRateLimit, settings.RateLimitFor("Ram", "RunCommand"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimit(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimit(1, 0));
    }

    [Fact]
    public void UserAgentNamesTheModuleVersionAndSuffix()
    {
        var ua = UserAgent.Build("fleet-run (nightly)");
        Assert.Matches(@"^AppSnapshot/\d+\.\d+\.\d+ \([^()]+; [^()]+\) PowerShell-module fleet-run nightly$", ua);
        Assert.EndsWith("PowerShell-module", UserAgent.Build(null));
    }
}
