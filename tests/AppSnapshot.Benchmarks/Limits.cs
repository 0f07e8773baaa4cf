using EcsEmulator;
using EcsEmulator.Fixtures;
using EcsEmulator.Infrastructure;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// What the server's rate limits and the API's batch sizes allow at best for the pipeline users run
/// (<see cref="Formula"/>). The disk listing is Get-EcsInstance's: DescribeDisks filters by one instance,
/// so a region's disks are listed whole, 500 per page, whichever is cheaper; its pages follow one another
/// (NextToken) and are not rate-limited, so they cost a latency each and overlap the paced calls.
/// </summary>
internal static class Limits
{
    private const int PerPage = 100, RolesPerCall = 50, DisksPerPage = 500;

    public const string Formula =
        "per region r with n_r instances and k_r disks (all the fixture's disks in r): calls = 5 x sum ceil(n_r/100) " +
        "(DescribeInstances, Get-EcsInstance's DescribeCloudAssistantStatus, RunCommand, one poll, one group page) " +
        "+ sum ceil(n_r/50) (DescribeInstanceRamRole) + sum min(n_r, ceil(k_r/500)) (Get-EcsInstance's DescribeDisks: per instance or the region's listing); " +
        "wall - D = max(RunCommand calls / 10, role calls / 20, DescribeInstances calls / 20, max_r disk calls_r x latency) + 6 x latency";

    public static (double WallMinusD, int Calls) For(IEnumerable<BenchTarget> targets, IReadOnlyDictionary<string, int> disksPerRegion, int latencyMs)
    {
        var latency = latencyMs / 1000.0;
        var regions = targets.GroupBy(t => t.RegionId).Select(g => (Instances: g.Count(), Disks: disksPerRegion.GetValueOrDefault(g.Key))).ToList();
        int Per(int size) => regions.Sum(r => Ceiling(r.Instances, size));
        var batches = Per(PerPage);
        var roles = Per(RolesPerCall);
        var diskCalls = regions.Select(r => Math.Min(r.Instances, Ceiling(r.Disks, DisksPerPage))).ToList();
        var rate = BenchEmulator.RateLimits;
        var paced = new[]
        {
            batches / rate["RunCommand"], roles / rate["DescribeInstanceRamRole"], batches / rate["DescribeInstances"], diskCalls.Max() * latency,
        }.Max();
        return (paced + 6 * latency, batches * 5 + roles + diskCalls.Sum());
    }

    /// <summary>The disks of each region once the emulator has expanded the fixture (its fleets included).</summary>
    public static IReadOnlyDictionary<string, int> DisksPerRegion(Fixture fixture) =>
        FixtureLoader.Load(fixture, new EmulatorClock(), new IdGenerator(new Random(0)), speedFactor: 1).Disks.Values
            .GroupBy(d => d.RegionId).ToDictionary(g => g.Key, g => g.Count());

    private static int Ceiling(int n, int size) => (n + size - 1) / size;
}
