using AppSnapshot.Plugin;

namespace AppSnapshot.Tests.Plugin;

public class GoDurationTests
{
    [Theory]
    [InlineData("1.5s", 15_000_000L)]
    [InlineData("137.4025ms", 1_374_025L)]
    [InlineData("2m3.5s", 1_235_000_000L)]
    [InlineData("1h2m", 37_200_000_000L)]
    [InlineData("20.807753ms", 208_077L)]
    [InlineData("1.031426913s", 10_314_269L)]
    [InlineData("850µs", 8_500L)]
    [InlineData("850μs", 8_500L)]
    [InlineData("850us", 8_500L)]
    [InlineData("12ns", 0L)]
    [InlineData("1500ns", 15L)]
    [InlineData("0", 0L)]
    [InlineData("0s", 0L)]
    [InlineData("-1.5s", -15_000_000L)]
    [InlineData(" 3s ", 30_000_000L)]
    [InlineData("1h0m0.5s", 36_005_000_000L)]
    public void ParsesGoDurationStrings(string text, long ticks)
    {
        Assert.True(GoDuration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromTicks(ticks), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1.5")]
    [InlineData("s")]
    [InlineData("1.5x")]
    [InlineData("1.2.3s")]
    [InlineData("1s garbage")]
    [InlineData("-")]
    [InlineData("99999999999999999999999999h")]
    [InlineData("9999999999h")]
    public void RefusesAnythingElseWithoutThrowing(string? text)
    {
        Assert.False(GoDuration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.Zero, value);
    }
}
