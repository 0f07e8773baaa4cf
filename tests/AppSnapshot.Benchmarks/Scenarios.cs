using System.Diagnostics;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Plugin;

namespace AppSnapshot.Benchmarks;

internal static class Scenarios
{
    public const string Role = "EcsSnapshotRole";
    public static readonly string[] RunAndPoll = { "RunCommand", "DescribeInvocations", "DescribeInvocationResults" };
    public static readonly string[] Classification = { "DescribeSnapshotGroups", "DescribeSnapshots", "ListTagResources" };
    public static readonly string[] PreChecks = { "DescribeInstances", "DescribeInstanceRamRole", "DescribeCloudAssistantStatus" };

    public static PluginCommandLine SeedCommand(string groupName) =>
        PluginCommandBuilder.Build(Platform.Linux, new PluginOptions { RamRoleName = Role, Name = groupName });

    /// <summary>
    /// The plug-in's duration at speed factor 1: one RunCommand on the default fixture's first 100 bench
    /// instances with the emulator clock frozen, advanced in 50 ms steps until every instance is final.
    /// Returns per-instance durations (RunCommand accepted → finished, delivery included).
    /// </summary>
    public static async Task<List<TimeSpan>> CalibrateAsync(int seed, CancellationToken ct)
    {
        await using var emu = await BenchEmulator.StartAsync(1.0, seed, latencyMs: 0, faults: false);
        var ids = Enumerable.Range(1, 100).Select(i => "i-bench-linux-" + i.ToString("D4")).ToList();
        var api = new CloudAssistantApi(emu.Session.Ecs("cn-hangzhou"));
        var command = SeedCommand("bench-calibration");
        emu.Host.Control.FreezeClock();
        var started = await api.RunCommandAsync(new RunCommandArgs
        {
            Type = command.CommandType, CommandContent = command.CommandContent, InstanceIds = ids,
            TimeoutSeconds = command.TimeoutSeconds, Name = "bench-calibration",
        }, ct);
        var step = TimeSpan.FromMilliseconds(50);
        var elapsed = TimeSpan.Zero;
        var finishedAt = new Dictionary<string, TimeSpan>();
        while (finishedAt.Count < ids.Count)
        {
            if (elapsed > TimeSpan.FromMinutes(5)) throw new InvalidOperationException("Calibration: the plug-in did not finish within 5 emulated minutes.");
            emu.Host.Control.AdvanceClock(step);
            elapsed += step;
            var record = await api.DescribeInvocationAsync(started.InvokeId, false, ct)
                ?? throw new InvalidOperationException("Calibration: invocation not found.");
            foreach (var i in record.Instances.Where(i => i.IsFinished)) finishedAt.TryAdd(i.InstanceId, elapsed);
        }
        return finishedAt.Values.ToList();
    }

    /// <summary>
    /// The seeds' sample, written plainly: for each instance, RunCommand with that one InstanceId,
    /// then DescribeInvocationResults every <paramref name="poll"/> until it is final, then the next.
    /// </summary>
    public static async Task<ScenarioOutcome> SequentialAsync(BenchEmulator emu, IReadOnlyList<BenchTarget> targets, TimeSpan poll, CancellationToken ct)
    {
        var failures = new List<string>();
        var succeeded = 0;
        var before = emu.Calls();
        var start = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        foreach (var target in targets)
        {
            var api = new CloudAssistantApi(emu.Session.Ecs(target.RegionId));
            var command = SeedCommand("bench-sequential");
            var started = await api.RunCommandAsync(new RunCommandArgs
            {
                Type = command.CommandType, CommandContent = command.CommandContent, InstanceIds = new List<string> { target.InstanceId },
                TimeoutSeconds = command.TimeoutSeconds, Name = "bench-sequential",
            }, ct);
            while (true)
            {
                await Task.Delay(poll, ct);
                var result = (await api.DescribeInvocationResultsAsync(started.InvokeId, target.InstanceId, ct)).FirstOrDefault(r => r.InstanceId == target.InstanceId);
                if (result == null || !result.IsFinished) continue;
                if (result.InvocationStatus == "Success" && result.ExitCode == 0) succeeded++;
                else failures.Add(target.InstanceId + ": " + result.InvocationStatus + " exit " + result.ExitCode);
                break;
            }
        }
        watch.Stop();
        var log = emu.Host.Control.GetCallLog().Where(c => c.Start >= start).ToList();
        return new ScenarioOutcome("sequential", targets.Count, FleetFixture.RegionsOf(targets), watch.Elapsed, BenchEmulator.Diff(emu.Calls(), before),
            ScenarioOutcome.ThrottledOf(log), succeeded + failures.Count, succeeded, failures)
        {
            PeakMb = MemoryProbe.PeakMb, MemoryNote = "(benchmark process)", Timeline = ScenarioOutcome.TimelineOf(log, start),
        };
    }
}
