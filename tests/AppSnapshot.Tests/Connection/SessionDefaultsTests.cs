using AppSnapshot.Connection;

namespace AppSnapshot.Tests.Connection;

/// <summary>The store behind Set-/Get-/Clear-AppSnapshotDefault: checks, partial updates, clearing, copies.</summary>
public sealed class SessionDefaultsTests
{
    [Theory]
    [InlineData("", null, null, "RegionId")]
    [InlineData("   ", null, null, "RegionId")]
    [InlineData(null, " ", null, "ProfileName")]
    [InlineData(null, null, "\t", "Endpoint")]
    public void BlankValuesAreRefusedNamingTheParameter(string? region, string? profile, string? endpoint, string parameter)
    {
        var defaults = new SessionDefaults();
        var error = Assert.Throws<ArgumentException>(() => defaults.Set(region, profile, endpoint));
        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith("-" + parameter + " cannot be blank", error.Message);
        Assert.Contains("Clear-AppSnapshotDefault -" + parameter, error.Message);
    }

    [Theory]
    [InlineData("CN-HANGZHOU", null, "RegionId", "is not a region id")]
    [InlineData("evil.com/x", null, "RegionId", "is not a region id")]
    [InlineData(null, "http://ecs.example.com", "Endpoint", "plain http is allowed only for loopback hosts")]
    [InlineData(null, "https://ecs.example.com/path", "Endpoint", "no path")]
    public void MalformedValuesAreRefusedNamingTheParameter(string? region, string? endpoint, string parameter, string why)
    {
        var error = Assert.Throws<ArgumentException>(() => new SessionDefaults().Set(region, null, endpoint));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(why, error.Message);
    }

    [Fact]
    public void AnInvalidValueSetsNothingElse()
    {
        var defaults = new SessionDefaults();
        Assert.Throws<ArgumentException>(() => defaults.Set("cn-beijing", "ops", "http://ecs.example.com"));
        var current = defaults.Current;
        Assert.Null(current.RegionId);
        Assert.Null(current.ProfileName);
        Assert.Null(current.Endpoint);
    }

    [Fact]
    public void SetChangesOnlyTheValuesGivenAndTrimsThem()
    {
        var defaults = new SessionDefaults();
        defaults.Set(" cn-beijing ", "ops");
        var after = defaults.Set(endpoint: "http://127.0.0.1:8787");
        Assert.Equal(("cn-beijing", "ops", "http://127.0.0.1:8787"), (after.RegionId, after.ProfileName, after.Endpoint));
        defaults.Set(regionId: "cn-shanghai");
        Assert.Equal(("cn-shanghai", "ops"), (defaults.Current.RegionId, defaults.Current.ProfileName));
    }

    [Fact]
    public void AnEndpointWithTheRegionPlaceholderIsAccepted()
    {
        Assert.Equal("https://ecs-vpc.{region}.aliyuncs.com", new SessionDefaults().Set(endpoint: "https://ecs-vpc.{region}.aliyuncs.com").Endpoint);
    }

    [Fact]
    public void ClearRemovesTheNamedValuesOrAllWhenNoneIsNamed()
    {
        var defaults = new SessionDefaults();
        defaults.Set("cn-beijing", "ops", "http://127.0.0.1:8787");
        var after = defaults.Clear(regionId: true, profileName: false, endpoint: false);
        Assert.Equal((null, "ops", "http://127.0.0.1:8787"), (after.RegionId, after.ProfileName, after.Endpoint));
        after = defaults.Clear(false, false, false);
        Assert.Equal((null, null, null), (after.RegionId, after.ProfileName, after.Endpoint));
    }

    [Fact]
    public void CurrentIsACopyThatLaterChangesDoNotTouch()
    {
        var defaults = new SessionDefaults();
        defaults.Set("cn-beijing");
        var before = defaults.Current;
        before.RegionId = "changed-by-caller";
        defaults.Set("cn-shanghai");
        Assert.Equal("changed-by-caller", before.RegionId);
        Assert.Equal("cn-shanghai", defaults.Current.RegionId);
    }

    [Fact]
    public void ConcurrentSettersNeverLeaveAHalfWrittenPair()
    {
        var defaults = new SessionDefaults();
        var pairs = new[] { ("cn-beijing", "beijing"), ("cn-shanghai", "shanghai") };
        var torn = 0;
        Parallel.For(0, 2000, i =>
        {
            var (region, profile) = pairs[i % 2];
            defaults.Set(region, profile);
            var seen = defaults.Current;
            if (seen.RegionId != "cn-" + seen.ProfileName) Interlocked.Increment(ref torn);
        });
        Assert.Equal(0, torn);
    }

    [Fact]
    public void TheProcessWideInstanceIsOne()
    {
        Assert.Same(SessionDefaults.Process, SessionDefaults.Process);
    }
}
