using EcsEmulator;
using EcsEmulator.Fixtures;

namespace AppSnapshot.Benchmarks;

/// <summary>Where one benchmark instance lives (a row of the targets CSV the cmdlet scenario reads).</summary>
internal sealed record BenchTarget(string InstanceId, string RegionId);

/// <summary>
/// The emulator's default fixture with three generated Linux fleets instead of its bench fleet:
/// 5,000 instances in cn-hangzhou, 2,000 in cn-shanghai, 1,000 in ap-southeast-1, all running,
/// with Cloud Assistant and EcsSnapshotRole, tagged fleet=bench. Built in code, not a committed file.
/// </summary>
internal static class FleetFixture
{
    public static readonly (string RegionId, string IdPrefix, int Count)[] Fleets =
    {
        ("cn-hangzhou", "i-fleet-hz-", 5000),
        ("cn-shanghai", "i-fleet-sh-", 2000),
        ("ap-southeast-1", "i-fleet-sg-", 1000),
    };

    public static int Largest => Fleets.Sum(f => f.Count);

    public static Fixture Create()
    {
        var fixture = DefaultFixture.Create();
        fixture.Fleets = Fleets.Select(f => new FixtureFleet
        {
            IdPrefix = f.IdPrefix, Count = f.Count, RegionId = f.RegionId, OSType = "linux", OSName = "CentOS  7.9 64位",
            RamRoleName = DefaultFixture.SnapshotRole, Tags = new() { ["fleet"] = "bench" }, DataDisks = 1,
        }).ToList();
        return fixture;
    }

    /// <summary>
    /// N instances: up to the first fleet's size all from cn-hangzhou (one region, as the issue measured
    /// 500 and 2,000), beyond it the fleets in order, so N = 8,000 is every fleet in three regions.
    /// </summary>
    public static List<BenchTarget> Targets(int n)
    {
        if (n < 1 || n > Largest) throw new ArgumentOutOfRangeException(nameof(n), "1.." + Largest);
        var targets = new List<BenchTarget>(n);
        foreach (var (region, prefix, count) in Fleets)
        {
            for (var i = 1; i <= count && targets.Count < n; i++) targets.Add(new BenchTarget(prefix + i.ToString("D4"), region));
        }
        return targets;
    }

    public static int RegionsOf(IEnumerable<BenchTarget> targets) => targets.Select(t => t.RegionId).Distinct().Count();
}
