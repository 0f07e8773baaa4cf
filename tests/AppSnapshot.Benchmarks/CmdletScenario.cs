using System.Diagnostics;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// The way users run it: `$targets | Get-EcsInstance | New-AppConsistentSnapshotGroup -Name ...` in the
/// real engine, the module as built, default settings. The clock runs from the pipeline's start to its
/// end (Get-EcsInstance's reads included); memory is this process's resident set (engine, module and
/// the in-process emulator together), its peak reset just before the pipeline starts.
/// </summary>
internal static class CmdletScenario
{
    public const string Pipeline = "$BenchTargets | Get-EcsInstance | New-AppConsistentSnapshotGroup -Name $BenchGroupName | & { process { $BenchTally.Add($_) } }";

    public static ScenarioOutcome Run(BenchEmulator emu, IReadOnlyList<BenchTarget> targets, string groupName, string kind = "cmdlets")
    {
        using var engine = EngineHost.Open(emu.Host.BaseUri);
        var tally = new ResultTally();
        // Warm the engine (command discovery, the module's first call) outside the clock, as an open pwsh session would be.
        var warm = engine.Run("Get-EcsInstance -RegionId cn-hangzhou -InstanceId i-ubuntu2204 | Out-Null");
        if (!warm.Clean) throw new InvalidOperationException("Warm-up failed: " + warm.Describe());

        MemoryProbe.Settle();
        var baseline = MemoryProbe.CurrentMb;
        var peakReset = MemoryProbe.ResetPeak();
        var before = emu.Calls();
        var start = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var outcome = engine.Run(CmdletScenario.Pipeline, ("BenchTargets", targets), ("BenchGroupName", groupName), ("BenchTally", tally));
        watch.Stop();
        var peak = MemoryProbe.PeakMb;

        var log = emu.Host.Control.GetCallLog().Where(c => c.Start >= start).ToList();
        var ids = targets.Select(t => t.InstanceId).ToList();
        var errors = outcome.Errors.ToList();
        if (outcome.Failure != null) errors.Add("terminating: " + outcome.Failure.Message);
        var failures = ScenarioOutcome.Check(ids, tally.PerInstance, tally.Succeeded, emu.Host.Control.GetSnapshotGroupCounts(), errors.Count, errors);
        return new ScenarioOutcome(kind, targets.Count, FleetFixture.RegionsOf(targets), watch.Elapsed, BenchEmulator.Diff(emu.Calls(), before), ScenarioOutcome.ThrottledOf(log),
            tally.Results, tally.Succeeded, failures)
        {
            PeakMb = peak, BaselineMb = baseline, SlowestRun = tally.SlowestRun,
            MemoryNote = peakReset ? "" : "(peak could not be reset: process-wide peak)",
            Timeline = ScenarioOutcome.TimelineOf(log, start),
        };
    }
}
