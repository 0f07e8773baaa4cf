using AppSnapshot.Models;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Tests.Workflow.SnapshotRuns;

public class RunCommandBatcherTests
{
    private static readonly PluginCommandLine Linux = new(Platform.Linux, "linux-cmd", "RunShellScript", 100);
    private static readonly PluginCommandLine LinuxOtherRole = new(Platform.Linux, "linux-cmd-role2", "RunShellScript", 100);
    private static readonly PluginCommandLine Windows = new(Platform.Windows, "win-cmd", "RunBatScript", 1800);

    /// <summary>Every instance fed one by one, as a run feeds them: the batches filled on the way, then the rest.</summary>
    private static List<RunCommandBatch> Plan(IEnumerable<(string RegionId, string InstanceId, PluginCommandLine Command)> prepared)
    {
        var batcher = new RunCommandBatcher();
        var full = prepared.Select(p => batcher.Add(p.RegionId, p.InstanceId, p.Command)).OfType<RunCommandBatch>().ToList();
        return full.Concat(batcher.Flush()).ToList();
    }

    [Fact]
    public void CutsOneCommandIntoCallsOfAtMostOneHundred()
    {
        var prepared = Enumerable.Range(1, 250).Select(i => ("cn-hangzhou", "i-" + i, Linux));

        var batches = Plan(prepared);

        Assert.Equal(new[] { 100, 100, 50 }, batches.Select(b => b.InstanceIds.Count));
        Assert.Equal(250, batches.SelectMany(b => b.InstanceIds).Distinct().Count());
    }

    [Fact]
    public void SplitsByPlatformAndByCommandText()
    {
        var prepared = new[]
        {
            ("cn-hangzhou", "i-1", Linux), ("cn-hangzhou", "i-2", Windows), ("cn-hangzhou", "i-3", Linux),
            ("cn-hangzhou", "i-4", LinuxOtherRole), ("cn-hangzhou", "i-5", Windows),
        };

        var batches = Plan(prepared);

        Assert.Equal(3, batches.Count);
        Assert.Equal(new[] { "i-1", "i-3" }, batches.Single(b => b.Command == Linux).InstanceIds);
        Assert.Equal(new[] { "i-2", "i-5" }, batches.Single(b => b.Command == Windows).InstanceIds);
        Assert.Equal(new[] { "i-4" }, batches.Single(b => b.Command == LinuxOtherRole).InstanceIds);
    }

    [Fact]
    public void NeverMixesRegionsInOneCall()
    {
        var batches = Plan(new[] { ("cn-hangzhou", "i-1", Linux), ("cn-beijing", "i-2", Linux) });

        Assert.Equal(2, batches.Count);
        Assert.All(batches, b => Assert.Single(b.InstanceIds));
    }
}
