using EcsEmulator;

namespace AppSnapshot.EngineTests.Hosting;

/// <summary>What every cmdlet's streams must and must not hold.</summary>
public static class StreamAssert
{
    /// <summary>The debug stream says where credentials, region and endpoint came from, with the AccessKey id masked.</summary>
    public static void ConnectionNotes(EngineRun run, Uri endpoint)
    {
        var credentials = Assert.Single(run.Debug, d => d.StartsWith("Credentials: ", StringComparison.Ordinal));
        Assert.Contains("parameter -Credential", credentials);
        Assert.Contains("LTAI****01", credentials);
        Assert.Contains(run.Debug, d => d == "Region: cn-hangzhou from parameter -RegionId");
        Assert.Contains(run.Debug, d => d.StartsWith("Endpoint ", StringComparison.Ordinal) && d.Contains(endpoint.ToString()) && d.Contains("(parameter -Endpoint)"));
        Assert.DoesNotContain(run.Debug, d => d.Contains(EmulatorHost.AccessKeyId));
    }

    /// <summary>The AccessKey secret appears in no stream, error, exception, output object or host line.</summary>
    public static void NoSecret(EngineRun run, IEnumerable<string>? hostLines = null, string secret = EmulatorHost.AccessKeySecret)
    {
        var text = run.AllText() + string.Join("\n", hostLines ?? []);
        Assert.False(text.Contains(secret, StringComparison.Ordinal), "The AccessKey secret leaked into what the run wrote.");
    }
}
