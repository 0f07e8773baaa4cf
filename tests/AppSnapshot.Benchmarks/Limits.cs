namespace AppSnapshot.Benchmarks;

/// <summary>
/// What the server's rate limits allow at best, per region r with n_r instances: one DescribeInstances
/// page, one CloudAssistant status call, one RunCommand, one poll and one group page per 100, one
/// DescribeInstanceRamRole per 50. Wall: D + the slowest paced action (calls / server rate) + six
/// latencies (the first batch's reads and RunCommand, the last batch's poll and group read).
/// </summary>
internal static class Limits
{
    public static (double WallMinusD, int Calls) For(IEnumerable<BenchTarget> targets, int latencyMs)
    {
        var perRegion = targets.GroupBy(t => t.RegionId).Select(g => g.Count()).ToList();
        int Per(int size) => perRegion.Sum(n => (n + size - 1) / size);
        var batches = Per(100);
        var roles = Per(50);
        var rate = BenchEmulator.RateLimits;
        var paced = Math.Max(batches / rate["RunCommand"], Math.Max(roles / rate["DescribeInstanceRamRole"], batches / rate["DescribeInstances"]));
        return (paced + 6 * latencyMs / 1000.0, batches * 5 + roles);
    }
}
