using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using AppSnapshot.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

BenchOptions options;
try { options = BenchOptions.Parse(args); }
catch (HelpRequested) { Console.Write(BenchOptions.Usage); return 0; }
catch (Exception ex) when (ex is ArgumentException or FormatException) { Console.Error.WriteLine(ex.Message); Console.Error.Write(BenchOptions.Usage); return 2; }

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
var ct = cts.Token;
var total = Stopwatch.StartNew();
var d = options.DurationSeconds;

Console.WriteLine("# AppSnapshot fleet benchmark");
Console.WriteLine();
Console.WriteLine("Command:  dotnet run --project tests/AppSnapshot.Benchmarks -c Release" + (args.Length > 0 ? " -- " + string.Join(" ", args) : ""));
Console.WriteLine("Machine:  " + Environment.ProcessorCount + " logical CPUs, " + (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024)).ToString("0.0") + " GB available, "
    + RuntimeInformation.OSDescription + " " + RuntimeInformation.OSArchitecture + ", " + RuntimeInformation.FrameworkDescription
    + ", " + (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation") + " GC; load average at start " + LoadAverage());
Console.WriteLine("Emulator: in-process, loopback HTTP, signature V3 checked, " + options.LatencyMs + " ms latency on every action; server rate limits (calls/s, one window for all regions): "
    + string.Join(", ", BenchEmulator.RateLimits.Select(kv => kv.Key + " " + kv.Value)));
Console.WriteLine("Fixture:  Linux fleets " + string.Join(", ", FleetFixture.Fleets.Select(f => f.Count + " in " + f.RegionId)) + "; N <= 5,000 from cn-hangzhou, 8,000 = all three regions");
Console.WriteLine("Cmdlets:  " + CmdletScenario.Pipeline + "  (tests/AppSnapshot.Benchmarks/cmdlet-run.ps1 in its own process: dotnet pwsh 7.6.9 -NoProfile -NonInteractive -File, module from out/AppSnapshot, default settings, endpoint and key from the environment)");
Console.WriteLine("Seq loop: RunCommand on one instance, DescribeInvocationResults every " + options.SequentialPollSeconds + " s until final, next instance");
Console.WriteLine("Node SDK: node-peer/peer.js, @alicloud/ecs20140526: RunCommand per 100 instances, all regions and batches at once, DescribeInvocations every 1 s, groups read per instance (10 at a time per region), backoff with full jitter on throttling");
Console.WriteLine();

// 1. The plug-in's duration: calibrate so that the slowest of 100 instances takes D seconds.
var nominal = await Scenarios.CalibrateAsync(options.Seed, ct);
var speed = d / nominal.Max().TotalSeconds;
Console.WriteLine($"Plug-in duration D = {d:0.0} s (RunCommand accepted -> instance final). Calibration at speed 1 on 100 instances: "
    + $"min {nominal.Min().TotalSeconds:0.00} s, mean {nominal.Average(t => t.TotalSeconds):0.00} s, max {nominal.Max().TotalSeconds:0.00} s -> SpeedFactor {speed:0.0000}");
Console.WriteLine();

string[] order =
{
    "DescribeInstances", "DescribeInstanceRamRole", "DescribeCloudAssistantStatus", "RunCommand", "DescribeInvocations",
    "DescribeInvocationResults", "DescribeSnapshotGroups", "DescribeSnapshots", "ListTagResources",
};
var failures = new List<string>();
var sequential = new List<ScenarioOutcome>();
var ours = new List<ScenarioOutcome>();
var peers = new List<ScenarioOutcome>();
var fixture = FleetFixture.Create();

Task<BenchEmulator> Fresh(bool faults = false) => BenchEmulator.StartAsync(speed, options.Seed, options.LatencyMs, faults, fixture);

void Report(ScenarioOutcome run)
{
    Console.WriteLine($"{run.Kind,-10} N={run.Instances,5}: {run.Wall.TotalSeconds,8:0.00} s (wall - D {run.Wall.TotalSeconds - d:+0.00;-0.00}), {run.Succeeded}/{run.Instances} succeeded, "
        + $"calls {run.TotalCalls} ({(double)run.TotalCalls / run.Instances:0.000}/instance, {run.TotalThrottled} throttled), peak {run.PeakMb:0.0} MB {run.MemoryNote}"
        + (double.IsNaN(run.BaselineMb) ? "" : $", {run.BaselineMb:0.0} MB before the run")
        + (double.IsNaN(run.EmulatorGrowthMb) ? "" : $"; emulator's growth {run.EmulatorGrowthMb:0.0} MB")
        + (run.SlowestRun > TimeSpan.Zero ? $"; slowest run {run.SlowestRun.TotalSeconds:0.00} s" : ""));
    Console.WriteLine($"                 calls: {Format(run.Calls)}");
    if (run.Timeline.Length > 0) Console.WriteLine($"                 timeline: {run.Timeline}");
    // The peer's own failures (its retries running out under throttling) are its result, not a failed check of ours.
    var counts = run.Kind != "node-sdk";
    foreach (var f in run.Failures) Console.WriteLine("                 " + (counts ? "FAILED " : "peer failed: ") + f);
    if (counts) failures.AddRange(run.Failures.Select(f => $"{run.Kind} N={run.Instances}: {f}"));
}

// 2. The seeds' sequential loop, measured small.
if (!options.SkipSequential && options.Sizes.Count > 0)
{
    foreach (var n in new[] { 1, Math.Min(options.SequentialMax, options.Sizes.Max()) }.Distinct())
    {
        await using var emu = await Fresh();
        var run = await Scenarios.SequentialAsync(emu, FleetFixture.Targets(n), TimeSpan.FromSeconds(options.SequentialPollSeconds), ct);
        sequential.Add(run);
        Report(run);
    }
    Console.WriteLine();
}

// 3. Each N: the cmdlets, then the Node SDK peer, each on a fresh emulator.
if (options.Sizes.Count > 0 || options.Faults) await PwshChild.EnsureRestoredAsync(ct);
if (options.PeerMax > 0 && options.Sizes.Any(n => n <= options.PeerMax)) await NodePeer.EnsureInstalledAsync(ct);
foreach (var n in options.Sizes)
{
    var targets = FleetFixture.Targets(n);
    await using (var emu = await Fresh())
    {
        var run = await CmdletScenario.RunAsync(emu, targets, "bench-cmdlets-" + n, ct,
            callLogPath: options.CallLogFolder == null ? null : Path.Combine(options.CallLogFolder, "cmdlets-" + n + ".csv"));
        ours.Add(run);
        Report(run);
    }
    if (n <= options.PeerMax)
    {
        await using var emu = await Fresh();
        var peer = await NodePeer.RunAsync(emu, targets, "bench-node-" + n, timeoutSeconds: 1800, ct);
        peers.Add(peer);
        Report(peer);
    }
}

// 4. Fault mode, through the cmdlets: faults start after the emulator is up, on RunCommand and polling.
ScenarioOutcome? faulted = null;
if (options.Faults)
{
    await using var emu = await Fresh(faults: true);
    Console.WriteLine($"faults: {BenchEmulator.ThrottlePercent}% throttling, {BenchEmulator.ServerErrorPercent}% 5xx, {BenchEmulator.DropAfterCommitPercent}% dropped after commit on {string.Join(", ", BenchEmulator.FaultedActions)}");
    faulted = await CmdletScenario.RunAsync(emu, FleetFixture.Targets(options.FaultInstances), "bench-faults", ct, "faults");
    Report(faulted);
}

// 5. Tables.
Console.WriteLine();
if (ours.Count > 0)
{
    var disksPerRegion = Limits.DisksPerRegion(fixture);
    Console.WriteLine($"## Wall time (D = {d:0.0} s; wall - D; limit = what the server's rate limits allow at best)");
    Console.WriteLine();
    Console.WriteLine("| N | regions | cmdlets | limit | seeds' loop | Node SDK | loop / cmdlets | Node / cmdlets | cmdlets / limit |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var run in ours)
    {
        var limit = Limits.For(FleetFixture.Targets(run.Instances), disksPerRegion, options.LatencyMs);
        var seq = SequentialAt(run.Instances);
        var peer = peers.FirstOrDefault(p => p.Instances == run.Instances);
        var seqText = seq == null ? "-" : $"{seq.Wall.TotalSeconds - d:+0.0}" + (seq.ScaledFrom is { } from ? $" (scaled from N={from})" : "");
        Console.WriteLine($"| {run.Instances} | {run.Regions} | {run.Wall.TotalSeconds - d:+0.00} | {limit.WallMinusD:+0.00} | {seqText} | "
            + $"{(peer == null ? "-" : $"{peer.Wall.TotalSeconds - d:+0.00}")} | {Ratio(seq?.Wall, run.Wall)} | {Ratio(peer?.Wall, run.Wall)} | "
            + $"{(run.Wall.TotalSeconds - d) / limit.WallMinusD:0.00}x over D |");
    }
    Console.WriteLine();
    Console.WriteLine("Ratios of wall times are whole wall times (D included); \"cmdlets / limit\" compares the parts above D.");
    Console.WriteLine("Limit: " + Limits.Formula + "; disks in the fixture: " + string.Join(", ", disksPerRegion.OrderBy(kv => kv.Key).Select(kv => kv.Key + " " + kv.Value)) + ".");
    Console.WriteLine();
    Console.WriteLine("## API calls per instance (emulator counters; retries and throttled attempts included)");
    Console.WriteLine();
    var actions = ours.Concat(peers).Concat(sequential).Append(faulted).Where(r => r != null).SelectMany(r => r!.Calls.Keys).Distinct()
        .OrderBy(a => Array.IndexOf(order, a) is var i and >= 0 ? i : 99).ThenBy(a => a).ToList();
    Console.WriteLine("| run | N | " + string.Join(" | ", actions) + " | all | limit | throttled |");
    Console.WriteLine("|---|---:|" + string.Concat(actions.Select(_ => "---:|")) + "---:|---:|---:|");
    foreach (var run in Rows())
    {
        var limit = Limits.For(FleetFixture.Targets(run.Instances), disksPerRegion, options.LatencyMs);
        Console.WriteLine($"| {run.Kind}{(run.ScaledFrom is { } f ? $" (scaled from N={f})" : "")} | {run.Instances} | "
            + string.Join(" | ", actions.Select(a => run.Calls.TryGetValue(a, out var c) ? ((double)c / run.Instances).ToString("0.000") : "0")) + $" | "
            + $"**{(double)run.TotalCalls / run.Instances:0.000}** | {(double)limit.Calls / run.Instances:0.000} | {run.TotalThrottled}{ThrottledDetail(run)} |");
    }
    Console.WriteLine();
    Console.WriteLine("## Memory (peak resident set of the process running the workflow)");
    Console.WriteLine();
    Console.WriteLine("| run | N | peak (MB) | before the run (MB) | peak - before (MB) | per instance above before (KB) | emulator's growth serving the run (MB) |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
    foreach (var run in Rows().Where(r => r.ScaledFrom == null && r.Kind != "sequential"))
    {
        var growth = run.PeakMb - run.BaselineMb;
        Console.WriteLine($"| {run.Kind} {run.MemoryNote} | {run.Instances} | {run.PeakMb:0.0} | {(double.IsNaN(run.BaselineMb) ? "-" : run.BaselineMb.ToString("0.0"))} | "
            + $"{(double.IsNaN(growth) ? "-" : growth.ToString("0.0"))} | {(double.IsNaN(growth) ? "-" : (growth * 1024 / run.Instances).ToString("0.0"))} | "
            + $"{(double.IsNaN(run.EmulatorGrowthMb) ? "-" : run.EmulatorGrowthMb.ToString("0.0"))} |");
    }
    Console.WriteLine();
    Console.WriteLine("The cmdlets' peak is the pwsh process's alone (engine and module; the emulator is in the benchmark process), reset after a");
    Console.WriteLine("full GC just before the pipeline; the Node peer's is its own process's. The last column is the benchmark process's growth");
    Console.WriteLine("(the emulator alone) while it served that run.");
    Console.WriteLine();
}

// 6. Targets (informative; the exit code follows the correctness checks).
Console.WriteLine("## Targets");
Console.WriteLine();
foreach (var run in ours)
{
    if (run.Instances == 8000)
    {
        Target("N=8,000 in three regions: wall - D <= 12 s", run.Wall.TotalSeconds - d <= 12, $"{run.Wall.TotalSeconds - d:0.00} s");
        Target("N=8,000: <= 0.08 calls per instance", (double)run.TotalCalls / run.Instances <= 0.08, $"{(double)run.TotalCalls / run.Instances:0.000}");
        Target("N=8,000: pwsh process peak <= 400 MB", run.PeakMb <= 400, $"{run.PeakMb:0.0} MB");
        Target("N=8,000: 8,000 results, one group per instance", run.Failures.Count == 0 && run.Succeeded == 8000, run.Failures.Count == 0 ? $"{run.Succeeded}" : string.Join("; ", run.Failures));
    }
    if (run.Instances == 500) Target("N=500: wall - D <= 1.5 s", run.Wall.TotalSeconds - d <= 1.5, $"{run.Wall.TotalSeconds - d:0.00} s");
}
if (faulted != null) Target($"fault mode: {faulted.Instances} of {faulted.Instances}, one group each, no result lost or twice", faulted.Failures.Count == 0,
    faulted.Failures.Count == 0 ? $"{faulted.Succeeded}/{faulted.Instances}, wall - D {faulted.Wall.TotalSeconds - d:0.00} s" : string.Join("; ", faulted.Failures));
Console.WriteLine();
Console.WriteLine($"Checks: {(failures.Count == 0 ? "all passed" : failures.Count + " failed")}. Total benchmark time {total.Elapsed.TotalSeconds:0} s; load average at the end {LoadAverage()}.");
foreach (var failure in failures) Console.WriteLine("  FAILED " + failure);
return failures.Count == 0 ? 0 : 1;

IEnumerable<ScenarioOutcome> Rows()
{
    foreach (var run in ours)
    {
        yield return run;
        if (peers.FirstOrDefault(p => p.Instances == run.Instances) is { } peer) yield return peer;
        if (SequentialAt(run.Instances) is { } seq) yield return seq;
    }
    if (faulted != null) yield return faulted;
}

ScenarioOutcome? SequentialAt(int n)
{
    if (sequential.FirstOrDefault(s => s.Instances == n) is { } exact) return exact;
    var basis = sequential.OrderByDescending(r => r.Instances).FirstOrDefault();
    return basis?.ScaledTo(n);
}

static string ThrottledDetail(ScenarioOutcome run) =>
    run.Throttled.Count == 0 ? "" : " (" + string.Join(", ", run.Throttled.OrderByDescending(kv => kv.Value).Select(kv => kv.Key + " " + kv.Value)) + ")";

static string Ratio(TimeSpan? other, TimeSpan ours) => other is { } o ? (o.TotalSeconds / ours.TotalSeconds).ToString("0.0") + "x" : "-";

static void Target(string what, bool met, string figure) => Console.WriteLine($"- {(met ? "MET   " : "MISSED")} {what}: {figure}");

static string Format(Dictionary<string, int> calls) => string.Join(", ", calls.OrderBy(kv => kv.Key).Select(kv => kv.Key + " " + kv.Value));

static string LoadAverage()
{
    try { return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
    catch (IOException) { return "?"; }
}
