using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using EcsEmulator;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// One fresh in-process emulator per scenario (clean counters and snapshot groups), and a session through
/// the real client factory for the seeds' loop (the cmdlets make their own, as in a user's session).
/// </summary>
internal sealed class BenchEmulator : IAsyncDisposable
{
    /// <summary>Server-side per-action rate limits (calls per second, 1 s sliding window). Everything else: latency only.</summary>
    public static readonly IReadOnlyDictionary<string, double> RateLimits = new Dictionary<string, double>
    {
        ["RunCommand"] = 10,
        ["DescribeInvocations"] = 20,
        ["DescribeInvocationResults"] = 20,
        ["DescribeInstances"] = 20,
        ["DescribeInstanceRamRole"] = 20,
        ["DescribeSnapshotGroups"] = 20,
        ["DescribeSnapshots"] = 20,
    };

    /// <summary>Actions that get the fault percentages in fault mode: RunCommand and the polling actions.</summary>
    public static readonly string[] FaultedActions = { "RunCommand", "DescribeInvocations", "DescribeInvocationResults" };

    public const double ThrottlePercent = 20, ServerErrorPercent = 5, DropAfterCommitPercent = 2;

    private readonly string _home;

    private BenchEmulator(EmulatorHost host, AcsSession session, string home)
    {
        Host = host;
        Session = session;
        _home = home;
    }

    public EmulatorHost Host { get; }
    public AcsSession Session { get; }

    /// <param name="fixture">Null: the emulator's default fixture (its 600-instance bench fleet, used for calibration).</param>
    public static async Task<BenchEmulator> StartAsync(double speedFactor, int seed, int latencyMs, bool faults, Fixture? fixture = null)
    {
        var host = await EmulatorHost.StartAsync(new EmulatorOptions { SpeedFactor = speedFactor, Seed = seed, Fixture = fixture });
        if (latencyMs > 0) host.Control.SetFault("*", new FaultSettings { LatencyMs = latencyMs });
        foreach (var (action, rate) in RateLimits)
        {
            var settings = new FaultSettings { LatencyMs = latencyMs, RatePerSecond = rate };
            if (faults && FaultedActions.Contains(action))
            {
                settings.ThrottlePercent = ThrottlePercent;
                settings.ServerErrorPercent = ServerErrorPercent;
                settings.DropAfterCommitPercent = DropAfterCommitPercent;
            }
            host.Control.SetFault(action, settings);
        }
        var home = Directory.CreateTempSubdirectory("appsnap-bench-").FullName;
        // The seeds' loop: default retry policy, timeouts and client-side rate limits.
        var factory = new ClientFactory(new ClientEnvironment(_ => null, home), new ClientSettings());
        var session = factory.Connect(new ConnectionOptions
        {
            AccessKeyId = EmulatorHost.AccessKeyId,
            AccessKeySecret = EmulatorHost.AccessKeySecret,
            RegionId = "cn-hangzhou",
            Endpoint = host.BaseUri.ToString(),
        });
        return new BenchEmulator(host, session, home);
    }

    public Dictionary<string, int> Calls() => new(Host.Control.GetCallCounts());

    public static Dictionary<string, int> Diff(IReadOnlyDictionary<string, int> after, IReadOnlyDictionary<string, int> before) =>
        after.Select(kv => (kv.Key, Value: kv.Value - (before.TryGetValue(kv.Key, out var b) ? b : 0)))
            .Where(kv => kv.Value != 0).ToDictionary(kv => kv.Key, kv => kv.Value);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        try { Directory.Delete(_home, recursive: true); } catch (IOException) { }
    }
}
