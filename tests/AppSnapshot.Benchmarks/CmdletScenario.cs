using System.Globalization;
using System.Text;
using EcsEmulator;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// The way users run it: cmdlet-run.ps1 in its own pwsh process (`dotnet pwsh`, the repository's pinned
/// 7.6.9), the module as built, default settings, pointed at the emulator through the environment:
/// `$targets | Get-EcsInstance | New-AppConsistentSnapshotGroup -Name ...`. The emulator stays in this
/// process. The clock and the memory figures are the script's (its own process: the pwsh peak without the
/// emulator); calls are the emulator's counters from the moment the script is let past its handshake.
/// </summary>
internal static class CmdletScenario
{
    public const string Pipeline = "$targets | Get-EcsInstance | New-AppConsistentSnapshotGroup -Name $name | <tally: count per instance, keep nothing>";

    private const string ReadyMarker = "BENCH-READY";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    public static string Script => Path.Combine(RepositoryPaths.BenchmarkFolder, "cmdlet-run.ps1");

    public static async Task<ScenarioOutcome> RunAsync(BenchEmulator emu, IReadOnlyList<BenchTarget> targets, string groupName, CancellationToken ct,
        string kind = "cmdlets", string? callLogPath = null)
    {
        if (!File.Exists(RepositoryPaths.ModuleManifest))
            throw new InvalidOperationException("No built module at " + RepositoryPaths.ModuleManifest + ": run `dotnet build AppSnapshot.sln -c Release` (or build src/AppSnapshot) first.");
        var folder = Directory.CreateTempSubdirectory("appsnap-cmdlets-").FullName;
        var csv = Path.Combine(folder, "targets.csv");
        var summaryPath = Path.Combine(folder, "summary.json");
        var logPath = Path.Combine(folder, "pwsh.log");
        await File.WriteAllTextAsync(csv, TargetsCsv(targets), ct);

        using var child = PwshChild.Start(Script,
            new[] { "-ModuleManifest", RepositoryPaths.ModuleManifest, "-TargetsCsv", csv, "-Name", groupName, "-SummaryPath", summaryPath, "-ReadyMarker", ReadyMarker },
            new Dictionary<string, string>
            {
                ["APPSNAPSHOT_ENDPOINT"] = emu.Host.BaseUri.ToString(),
                ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = EmulatorHost.AccessKeyId,
                ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = EmulatorHost.AccessKeySecret,
            },
            logPath, ReadyMarker);
        if (!await child.Ready.WaitAsync(Timeout, ct)) throw Failed("pwsh ended before its run started", child, logPath);

        // This process holds only the emulator now: its growth while the script runs is the emulator's share.
        MemoryProbe.Settle();
        var emulatorBefore = MemoryProbe.CurrentMb;
        MemoryProbe.ResetPeak();
        var before = emu.Calls();
        var start = DateTimeOffset.UtcNow;
        child.Go();
        var exit = await child.WaitForExitAsync(Timeout, ct);
        var emulatorPeak = MemoryProbe.PeakMb;
        if (exit != 0 || !File.Exists(summaryPath)) throw Failed("pwsh exited " + exit + (File.Exists(summaryPath) ? "" : " without a summary"), child, logPath);
        var summary = CmdletRunSummary.Read(summaryPath);

        var log = emu.Host.Control.GetCallLog().Where(c => c.Start >= start).ToList();
        if (callLogPath != null) WriteCallLog(callLogPath, log, start);
        var ids = targets.Select(t => t.InstanceId).ToList();
        var errors = summary.ErrorSamples.ToList();
        var errorCount = summary.Errors;
        if (summary.Terminating != null) { errors.Insert(0, "terminating: " + summary.Terminating); errorCount++; }
        var failures = ScenarioOutcome.Check(ids, summary.PerInstance, summary.Succeeded, emu.Host.Control.GetSnapshotGroupCounts(), errorCount, errors);
        if (summary.Other > 0) failures.Add(summary.Other + " object(s) on the pipeline that are not results");
        if (failures.Count > 0)
        {
            Console.WriteLine("pwsh output (" + logPath + "), last lines:");
            Console.WriteLine(child.Tail());
        }
        else
        {
            Directory.Delete(folder, recursive: true);
        }
        return new ScenarioOutcome(kind, targets.Count, FleetFixture.RegionsOf(targets), summary.Elapsed, BenchEmulator.Diff(emu.Calls(), before),
            ScenarioOutcome.ThrottledOf(log), summary.Results, summary.Succeeded, failures)
        {
            PeakMb = summary.PeakMb, BaselineMb = summary.BaselineMb, SlowestRun = summary.SlowestRun,
            MemoryNote = summary.PeakReset ? "(pwsh process)" : "(pwsh process; peak could not be reset: process-wide peak)",
            EmulatorGrowthMb = emulatorPeak - emulatorBefore,
            Timeline = ScenarioOutcome.TimelineOf(log, start),
        };
    }

    private static void WriteCallLog(string path, IEnumerable<EcsEmulator.Faults.CallRecord> log, DateTimeOffset start)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = new StringBuilder("Action,RegionId,Subject,Arrived,Answered,Error\n");
        foreach (var c in log.OrderBy(c => c.Start))
        {
            text.Append(c.Action).Append(',').Append(c.RegionId).Append(',').Append(c.Subject).Append(',')
                .Append((c.Start - start).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)).Append(',')
                .Append((c.End - start).TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)).Append(',').Append(c.ErrorCode).Append('\n');
        }
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>What a user's CSV of targets holds: InstanceId and RegionId, one row per instance.</summary>
    private static string TargetsCsv(IEnumerable<BenchTarget> targets)
    {
        var text = new StringBuilder("InstanceId,RegionId\n");
        foreach (var t in targets) text.Append(CultureInfo.InvariantCulture, $"{t.InstanceId},{t.RegionId}\n");
        return text.ToString();
    }

    private static InvalidOperationException Failed(string what, PwshChild child, string logPath) =>
        new(what + ". Output in " + logPath + ", last lines:" + Environment.NewLine + child.Tail());
}
