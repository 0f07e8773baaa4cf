using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using AppSnapshot.Benchmarks;
using AppSnapshot.Workflow.Common;

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
var polling = new PollingSettings();

Console.WriteLine("# AppSnapshot fleet benchmark");
Console.WriteLine();
Console.WriteLine("Command:  dotnet run --project tests/AppSnapshot.Benchmarks -c Release" + (args.Length > 0 ? " -- " + string.Join(" ", args) : ""));
Console.WriteLine("Machine:  " + Environment.ProcessorCount + " logical CPUs, " + (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024)).ToString("0.0") + " GB available to the GC, "
    + RuntimeInformation.OSDescription + " " + RuntimeInformation.OSArchitecture + ", " + RuntimeInformation.FrameworkDescription
    + ", " + (GCSettings() ) );
Console.WriteLine("Emulator: in-process, loopback HTTP, " + options.LatencyMs + " ms latency on every action; server rate limits (calls/s): "
    + string.Join(", ", BenchEmulator.RateLimits.Select(kv => kv.Key + " " + kv.Value)));
Console.WriteLine("Ours:     SnapshotRunOperation with default WorkflowSettings (first poll " + polling.InitialInterval.TotalSeconds + " s, min " + polling.MinInterval.TotalSeconds
    + " s, max " + polling.MaxInterval.TotalSeconds + " s, growth " + polling.GrowthFactor + ") and default ClientSettings");
Console.WriteLine("Seq loop: RunCommand on one instance, DescribeInvocationResults every " + options.SequentialPollSeconds + " s until final, next instance");
Console.WriteLine();

// 1. The plug-in's duration: calibrate so that the slowest of 100 instances takes D seconds.
var nominal = await Scenarios.CalibrateAsync(options.Seed, ct);
var speed = options.DurationSeconds / nominal.Max().TotalSeconds;
Console.WriteLine($"Plug-in duration D = {options.DurationSeconds:0.0} s (RunCommand accepted -> instance final). Calibration at speed 1 on 100 instances: "
    + $"min {nominal.Min().TotalSeconds:0.00} s, mean {nominal.Average(t => t.TotalSeconds):0.00} s, max {nominal.Max().TotalSeconds:0.00} s -> SpeedFactor {speed:0.0000}");
Console.WriteLine();

var failures = new List<string>();
var sequential = new Dictionary<int, RunOutcome>();
var ours = new List<(RunOutcome Run, MemoryFigures Memory)>();

// 2. The seeds' sequential loop, measured up to SequentialMax instances.
if (!options.SkipSequential && options.Sizes.Count > 0)
{
    var cap = Math.Min(options.SequentialMax, options.Sizes.Max());
    var measured = options.Sizes.Where(n => n <= cap).Append(cap).Distinct().OrderBy(n => n);
    foreach (var n in measured)
    {
        await using var emu = await BenchEmulator.StartAsync(speed, options.Seed, options.LatencyMs, faults: false);
        var ids = await Scenarios.FleetAsync(emu.Session, n, ct);
        var run = await Scenarios.SequentialAsync(emu, ids, TimeSpan.FromSeconds(options.SequentialPollSeconds), ct);
        sequential[n] = run;
        Console.WriteLine($"sequential N={n,3}: {run.Wall.TotalSeconds,8:0.00} s, {run.Succeeded}/{n} succeeded, calls: {Format(run.Calls)}");
        failures.AddRange(run.Failures.Select(f => $"sequential N={n}: {f}"));
    }
    Console.WriteLine();
}

// 3. Our workflow at each N, each on a fresh emulator.
foreach (var n in options.Sizes)
{
    await using var emu = await BenchEmulator.StartAsync(speed, options.Seed, options.LatencyMs, faults: false);
    var ids = await Scenarios.FleetAsync(emu.Session, n, ct);
    var allocatedBefore = GC.GetTotalAllocatedBytes();
    var run = await Scenarios.OursAsync(emu, ids, "bench-ours-" + n, ct);
    var memory = MemoryFigures.Now(GC.GetTotalAllocatedBytes() - allocatedBefore);
    ours.Add((run, memory));
    Console.WriteLine($"ours       N={n,3}: {run.Wall.TotalSeconds,8:0.00} s, {run.Succeeded}/{n} succeeded, slowest instance run {run.SlowestRun.TotalSeconds:0.00} s, calls: {Format(run.Calls)}");
    Console.WriteLine($"                  {memory}");
    Console.WriteLine($"                  timeline: {run.Timeline}");
    if (run.Sink!.Warnings > 0) Console.WriteLine("                  warnings: " + string.Join(" | ", run.Sink.WarningSamples));
    failures.AddRange(run.Failures.Select(f => $"ours N={n}: {f}"));
}

// 4. Fault mode.
(RunOutcome Run, MemoryFigures Memory)? faulted = null;
if (options.Faults)
{
    await using var emu = await BenchEmulator.StartAsync(speed, options.Seed, options.LatencyMs, faults: false);
    var ids = await Scenarios.FleetAsync(emu.Session, options.FaultInstances, ct);
    // Faults from here on: the instance query above is setup, not part of the scenario.
    foreach (var action in BenchEmulator.FaultedActions)
    {
        emu.Host.Control.SetFault(action, new EcsEmulator.FaultSettings
        {
            LatencyMs = options.LatencyMs,
            RatePerSecond = BenchEmulator.RateLimits[action],
            ThrottlePercent = BenchEmulator.ThrottlePercent,
            ServerErrorPercent = BenchEmulator.ServerErrorPercent,
            DropAfterCommitPercent = BenchEmulator.DropAfterCommitPercent,
        });
    }
    var allocatedBefore = GC.GetTotalAllocatedBytes();
    var run = await Scenarios.OursAsync(emu, ids, "bench-faults", ct);
    var memory = MemoryFigures.Now(GC.GetTotalAllocatedBytes() - allocatedBefore);
    faulted = (run, memory);
    var perInstance = run.Sink!.ResultsPerInstance;
    Console.WriteLine($"faults: {BenchEmulator.ThrottlePercent}% throttling, {BenchEmulator.ServerErrorPercent}% 5xx, {BenchEmulator.DropAfterCommitPercent}% dropped after commit on {string.Join(", ", BenchEmulator.FaultedActions)}");
    Console.WriteLine($"ours+faults N={options.FaultInstances}: {run.Wall.TotalSeconds:0.00} s, {run.Succeeded}/{options.FaultInstances} succeeded, "
        + $"results {run.Sink.Results} (lost {ids.Count(id => !perInstance.ContainsKey(id))}, reported twice {perInstance.Count(kv => kv.Value > 1)}), "
        + $"instances with exactly one group {ids.Count(id => emu.Host.Control.GetSnapshotGroupCount(id) == 1)}, duplicate groups {ids.Sum(id => Math.Max(0, emu.Host.Control.GetSnapshotGroupCount(id) - 1))}, errors {run.Sink.Errors}");
    Console.WriteLine($"                  calls (faulted attempts included): {Format(run.Calls)}");
    Console.WriteLine($"                  {memory}");
    Console.WriteLine($"                  timeline: {run.Timeline}");
    if (run.Sink.Warnings > 0) Console.WriteLine("                  warnings: " + string.Join(" | ", run.Sink.WarningSamples));
    failures.AddRange(run.Failures.Select(f => $"faults N={options.FaultInstances}: {f}"));
}

// 5. Tables.
Console.WriteLine();
if (ours.Count > 0)
{
    Console.WriteLine("## Wall time (D = " + options.DurationSeconds.ToString("0.0") + " s)");
    Console.WriteLine();
    Console.WriteLine("| N | sequential loop (s) | ours (s) | ours - D (s) | slowest instance's run (s) | sequential / ours |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
    foreach (var (run, _) in ours)
    {
        var seq = SequentialAt(run.Instances);
        var seqText = seq == null ? "-" : seq.Value.Seconds.ToString("0.0") + (seq.Value.Scaled ? $" (scaled from N={seq.Value.From})" : "");
        var ratio = seq == null ? "-" : (seq.Value.Seconds / run.Wall.TotalSeconds).ToString("0.0") + "x";
        Console.WriteLine($"| {run.Instances} | {seqText} | {run.Wall.TotalSeconds:0.00} | {run.Wall.TotalSeconds - options.DurationSeconds:+0.00;-0.00} | {run.SlowestRun.TotalSeconds:0.00} | {ratio} |");
    }
    Console.WriteLine();
    Console.WriteLine("## API calls (emulator counters; retries and throttled attempts included)");
    Console.WriteLine();
    Console.WriteLine("| run | N | RunCommand | DescribeInvocations | DescribeInvocationResults | run+poll per instance | DescribeSnapshotGroups | DescribeSnapshots | classification per instance | other calls | all calls per instance |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
    foreach (var run in sequential.Values.OrderBy(r => r.Instances)) Console.WriteLine(CallRow(run));
    foreach (var (run, _) in ours) Console.WriteLine(CallRow(run));
    if (faulted != null) Console.WriteLine(CallRow(faulted.Value.Run));
    Console.WriteLine();
    Console.WriteLine("## Memory (whole process: benchmark + in-process emulator; the peak is process-wide and never goes down)");
    Console.WriteLine();
    Console.WriteLine("| after | peak working set (MB) | working set (MB) | GC heap (MB) | allocated during run (MB) | gen0/gen1/gen2 collections (process) |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    foreach (var (run, m) in ours) Console.WriteLine($"| ours N={run.Instances} | {m.PeakWorkingSetMb:0.0} | {m.WorkingSetMb:0.0} | {m.HeapMb:0.0} | {m.AllocatedMb:0.0} | {m.Gen0}/{m.Gen1}/{m.Gen2} |");
    if (faulted != null) { var m = faulted.Value.Memory; Console.WriteLine($"| faults N={faulted.Value.Run.Instances} | {m.PeakWorkingSetMb:0.0} | {m.WorkingSetMb:0.0} | {m.HeapMb:0.0} | {m.AllocatedMb:0.0} | {m.Gen0}/{m.Gen1}/{m.Gen2} |"); }
    Console.WriteLine();
}
else if (faulted != null)
{
    Console.WriteLine("| run | N | RunCommand | DescribeInvocations | DescribeInvocationResults | run+poll per instance | DescribeSnapshotGroups | DescribeSnapshots | classification per instance | other calls | all calls per instance |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
    Console.WriteLine(CallRow(faulted.Value.Run));
    Console.WriteLine();
}

// 6. Targets (informative; the exit code follows the correctness checks).
Console.WriteLine("## Targets");
Console.WriteLine();
var at500 = ours.Where(o => o.Run.Instances == 500).Select(o => ((RunOutcome, MemoryFigures)?)o).FirstOrDefault();
if (at500 is { } big)
{
    var (run, memory) = big;
    Target($"wall time at N=500 <= D + 5 s ({options.DurationSeconds + 5:0.0} s)", run.Wall.TotalSeconds <= options.DurationSeconds + 5, $"{run.Wall.TotalSeconds:0.00} s");
    var seq = SequentialAt(500);
    if (seq != null) Target("sequential / ours at N=500 >= 50x", seq.Value.Seconds / run.Wall.TotalSeconds >= 50, $"{seq.Value.Seconds / run.Wall.TotalSeconds:0.0}x");
    var perInstance = run.CallsOf(Scenarios.RunAndPoll) / 500.0;
    Target("RunCommand + polling calls per instance at N=500 <= 0.2", perInstance <= 0.2, $"{perInstance:0.000} ({run.CallsOf(Scenarios.RunAndPoll)} calls)");
    Target("peak working set at N=500 < 200 MB", memory.PeakWorkingSetMb < 200, $"{memory.PeakWorkingSetMb:0.0} MB");
}
if (faulted is { } f)
{
    Target($"fault mode: {f.Run.Instances} of {f.Run.Instances} with exactly one group, no result lost or twice", f.Run.Failures.Count == 0,
        f.Run.Failures.Count == 0 ? $"{f.Run.Succeeded}/{f.Run.Instances}" : string.Join("; ", f.Run.Failures));
}
Console.WriteLine();
Console.WriteLine($"Checks: {(failures.Count == 0 ? "all passed" : failures.Count + " failed")}. Total benchmark time {total.Elapsed.TotalSeconds:0} s.");
foreach (var failure in failures) Console.WriteLine("  FAILED " + failure);
return failures.Count == 0 ? 0 : 1;

(double Seconds, bool Scaled, int From)? SequentialAt(int n)
{
    if (sequential.TryGetValue(n, out var exact)) return (exact.Wall.TotalSeconds, false, n);
    if (sequential.Count == 0) return null;
    var basis = sequential.Values.OrderByDescending(r => r.Instances).First();
    return (basis.Wall.TotalSeconds / basis.Instances * n, true, basis.Instances);
}

static string CallRow(RunOutcome run)
{
    var n = (double)run.Instances;
    string C(string a) => (run.Calls.TryGetValue(a, out var v) ? v : 0).ToString();
    var known = Scenarios.RunAndPoll.Concat(Scenarios.Classification).ToHashSet();
    var other = run.Calls.Where(kv => !known.Contains(kv.Key) || kv.Key == "ListTagResources").OrderBy(kv => kv.Key).Select(kv => kv.Key + " " + kv.Value);
    var name = run.Kind == "ours" && run.Sink != null && run.Failures.Count == 0 && run.Calls.Count > 0 ? run.Kind : run.Kind;
    return $"| {name} | {run.Instances} | {C("RunCommand")} | {C("DescribeInvocations")} | {C("DescribeInvocationResults")} | {run.CallsOf(Scenarios.RunAndPoll) / n:0.000} | "
        + $"{C("DescribeSnapshotGroups")} | {C("DescribeSnapshots")} | {run.CallsOf(Scenarios.Classification) / n:0.000} | {string.Join(", ", other)} | {run.Calls.Values.Sum() / n:0.000} |";
}

static void Target(string what, bool met, string figure) => Console.WriteLine($"- {(met ? "MET   " : "MISSED")} {what}: {figure}");

static string Format(Dictionary<string, int> calls) => string.Join(", ", calls.OrderBy(kv => kv.Key).Select(kv => kv.Key + " " + kv.Value));

static string GCSettings() => (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation") + " GC";

internal sealed record MemoryFigures(double PeakWorkingSetMb, double WorkingSetMb, double HeapMb, double AllocatedMb, int Gen0, int Gen1, int Gen2)
{
    public static MemoryFigures Now(long allocated)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        const double Mb = 1024 * 1024;
        return new MemoryFigures(process.PeakWorkingSet64 / Mb, process.WorkingSet64 / Mb, GC.GetGCMemoryInfo().HeapSizeBytes / Mb, allocated / Mb,
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    public override string ToString() =>
        $"memory: peak working set {PeakWorkingSetMb:0.0} MB, working set {WorkingSetMb:0.0} MB, GC heap {HeapMb:0.0} MB, allocated during run {AllocatedMb:0.0} MB, collections gen0/1/2 {Gen0}/{Gen1}/{Gen2}";
}
