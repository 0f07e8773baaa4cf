using System.Diagnostics;
using AppSnapshot.Api;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Benchmarks;

internal sealed record RunOutcome(
    string Kind, int Instances, TimeSpan Wall, Dictionary<string, int> Calls, int Succeeded, CountingSink? Sink,
    TimeSpan SlowestRun, List<string> Failures)
{
    public string Timeline { get; init; } = "";

    public int CallsOf(params string[] actions) => actions.Sum(a => Calls.TryGetValue(a, out var n) ? n : 0);
}

internal static class Scenarios
{
    public const string Region = "cn-hangzhou";
    public const string Role = "EcsSnapshotRole";
    public static readonly string[] RunAndPoll = { "RunCommand", "DescribeInvocations", "DescribeInvocationResults" };
    public static readonly string[] Classification = { "DescribeSnapshotGroups", "DescribeSnapshots", "ListTagResources" };

    /// <summary>The Linux fleet instances tagged fleet=bench, through the operation behind Get-EcsInstance -Tag @{ fleet = 'bench' }.</summary>
    public static async Task<List<string>> FleetAsync(AcsSession session, int count, CancellationToken ct)
    {
        var sink = new CountingSink();
        var request = new InstanceQueryRequest { RegionId = Region, IncludeDetail = false };
        request.Tags["fleet"] = "bench";
        await new InstanceQueryOperation(session).RunAsync(request, sink, ct);
        var ids = sink.Instances.Where(i => i.PlatformValue == Platform.Linux).Select(i => i.InstanceId)
            .OrderBy(id => id, StringComparer.Ordinal).Take(count).ToList();
        if (ids.Count < count) throw new InvalidOperationException("The fixture has only " + ids.Count + " Linux instances tagged fleet=bench.");
        return ids;
    }

    public static PluginCommandLine SeedCommand(string groupName) =>
        PluginCommandBuilder.Build(Platform.Linux, new PluginOptions { RamRoleName = Role, Name = groupName });

    /// <summary>
    /// The plug-in's duration at speed factor 1: one RunCommand on 100 instances with the emulator
    /// clock frozen, advanced in 50 ms steps until every instance is final. Returns per-instance
    /// durations (RunCommand accepted → finished, delivery included).
    /// </summary>
    public static async Task<List<TimeSpan>> CalibrateAsync(int seed, CancellationToken ct)
    {
        await using var emu = await BenchEmulator.StartAsync(1.0, seed, latencyMs: 0, faults: false);
        var ids = await FleetAsync(emu.Session, 100, ct);
        var api = new CloudAssistantApi(emu.Session.Ecs(Region));
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
    public static async Task<RunOutcome> SequentialAsync(BenchEmulator emu, IReadOnlyList<string> ids, TimeSpan poll, CancellationToken ct)
    {
        var api = new CloudAssistantApi(emu.Session.Ecs(Region));
        var failures = new List<string>();
        var succeeded = 0;
        var before = emu.Calls();
        var watch = Stopwatch.StartNew();
        foreach (var id in ids)
        {
            var command = SeedCommand("bench-sequential");
            var started = await api.RunCommandAsync(new RunCommandArgs
            {
                Type = command.CommandType, CommandContent = command.CommandContent, InstanceIds = new List<string> { id },
                TimeoutSeconds = command.TimeoutSeconds, Name = "bench-sequential",
            }, ct);
            while (true)
            {
                await Task.Delay(poll, ct);
                var result = (await api.DescribeInvocationResultsAsync(started.InvokeId, id, ct)).FirstOrDefault(r => r.InstanceId == id);
                if (result == null || !result.IsFinished) continue;
                if (result.InvocationStatus == "Success" && result.ExitCode == 0) succeeded++;
                else failures.Add(id + ": " + result.InvocationStatus + " exit " + result.ExitCode);
                break;
            }
        }
        watch.Stop();
        var calls = BenchEmulator.Diff(emu.Calls(), before);
        return new RunOutcome("sequential", ids.Count, watch.Elapsed, calls, succeeded, null, TimeSpan.Zero, failures);
    }

    /// <summary>Our workflow: the operation behind New-AppConsistentSnapshotGroup, with the cmdlet's default settings.</summary>
    public static async Task<RunOutcome> OursAsync(BenchEmulator emu, IReadOnlyList<string> ids, string groupName, CancellationToken ct)
    {
        var request = new SnapshotRunRequest { Name = groupName, TimeoutSeconds = 3600 };
        foreach (var id in ids) request.Instances.Add(new InstanceTarget(id));
        var settings = new WorkflowSettings { PendingInvocations = new PendingInvocationRegistry() };
        var sink = new CountingSink();
        var before = emu.Calls();
        var watch = new Stopwatch();
        var timeline = new CallTimeline(emu.Session, watch);
        var operation = new SnapshotRunOperation(timeline, settings);
        watch.Start();
        await operation.RunAsync(request, sink, ct);
        watch.Stop();
        var calls = BenchEmulator.Diff(emu.Calls(), before);
        return new RunOutcome("ours", ids.Count, watch.Elapsed, calls, sink.Succeeded, sink, sink.SlowestRun, Check(emu, ids, sink)) { Timeline = timeline.Summary() };
    }

    /// <summary>Every instance: exactly one result (none lost, none twice), succeeded, and exactly one snapshot group in the emulator.</summary>
    private static List<string> Check(BenchEmulator emu, IReadOnlyList<string> ids, CountingSink sink)
    {
        var failures = new List<string>();
        var perInstance = sink.ResultsPerInstance;
        var lost = ids.Count(id => !perInstance.ContainsKey(id));
        var twice = perInstance.Count(kv => kv.Value > 1);
        var strangers = perInstance.Keys.Count(id => !ids.Contains(id));
        var groups = ids.Select(id => emu.Host.Control.GetSnapshotGroupCount(id)).ToList();
        var noGroup = groups.Count(g => g == 0);
        var extraGroups = groups.Count(g => g > 1);
        if (lost > 0) failures.Add(lost + " instance(s) without a result");
        if (twice > 0) failures.Add(twice + " instance(s) reported more than once");
        if (strangers > 0) failures.Add(strangers + " result(s) for instances not asked for");
        if (sink.Succeeded != ids.Count) failures.Add((ids.Count - sink.Succeeded) + " result(s) not succeeded");
        if (sink.Errors > 0) failures.Add(sink.Errors + " error(s), e.g. " + string.Join(" | ", sink.ErrorSamples));
        if (noGroup > 0) failures.Add(noGroup + " instance(s) with no snapshot group");
        if (extraGroups > 0) failures.Add(extraGroups + " instance(s) with more than one snapshot group (duplicates: " + groups.Where(g => g > 1).Sum(g => g - 1) + ")");
        return failures;
    }
}
