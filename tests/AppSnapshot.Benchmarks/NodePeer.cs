using System.Diagnostics;
using System.Text.Json;
using EcsEmulator;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// Runs node-peer/peer.js (Alibaba Cloud's official Node SDK, installed from the committed
/// package-lock.json with `npm ci` when node_modules is missing) against the same emulator.
/// Memory is the Node process's own peak RSS; calls and throttled calls are the emulator's.
/// </summary>
internal static class NodePeer
{
    public static string Folder => Path.Combine(RepositoryPaths.BenchmarkFolder, "node-peer");

    public static async Task EnsureInstalledAsync(CancellationToken ct)
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "@alicloud", "ecs20140526"))) return;
        Console.WriteLine("node-peer: installing the Node SDK (npm ci) ...");
        var (code, _, error) = await RunAsync("npm", new[] { "ci", "--no-audit", "--no-fund" }, ct);
        if (code != 0) throw new InvalidOperationException("npm ci failed in " + Folder + ": " + error);
    }

    public static async Task<ScenarioOutcome> RunAsync(BenchEmulator emu, IReadOnlyList<BenchTarget> targets, string groupName, double timeoutSeconds, CancellationToken ct)
    {
        var command = Scenarios.SeedCommand(groupName);
        var input = new
        {
            endpoint = emu.Host.BaseUri.ToString(),
            accessKeyId = EmulatorHost.AccessKeyId,
            accessKeySecret = EmulatorHost.AccessKeySecret,
            name = groupName,
            commandType = command.CommandType,
            commandContent = command.CommandContent,
            commandTimeout = command.TimeoutSeconds,
            pollSeconds = 1,
            timeoutSeconds,
            regions = targets.GroupBy(t => t.RegionId).Select(g => new { regionId = g.Key, instanceIds = g.Select(t => t.InstanceId).ToList() }).ToList(),
        };
        var file = Path.Combine(Path.GetTempPath(), "appsnap-peer-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(input), ct);
        try
        {
            var before = emu.Calls();
            // This process holds only the emulator while the peer runs: its growth is the emulator's share of a cmdlet run's peak.
            MemoryProbe.Settle();
            var emulatorBefore = MemoryProbe.CurrentMb;
            MemoryProbe.ResetPeak();
            var start = DateTimeOffset.UtcNow;
            var (code, stdout, stderr) = await RunAsync("node", new[] { "peer.js", file }, ct);
            var emulatorPeak = MemoryProbe.PeakMb;
            var log = emu.Host.Control.GetCallLog().Where(c => c.Start >= start).ToList();
            if (code != 0) throw new InvalidOperationException("node peer.js exited " + code + ": " + stderr);
            using var report = JsonDocument.Parse(stdout.Trim().Split('\n').Last());
            var root = report.RootElement;
            var ids = targets.Select(t => t.InstanceId).ToList();
            var results = root.GetProperty("results").GetInt32();
            var failed = root.GetProperty("failures").GetInt32();
            var samples = root.GetProperty("failureSamples").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
            // The script records successes only; a failure or a missing result leaves its instance out.
            var failures = new List<string>();
            if (failed > 0) failures.Add(failed + " failure(s), e.g. " + string.Join(" | ", samples));
            if (results + failed < ids.Count) failures.Add(ids.Count - results - failed + " instance(s) without a result");
            if (root.GetProperty("twice").GetInt32() > 0) failures.Add(root.GetProperty("twice").GetInt32() + " instance(s) reported twice");
            var groups = emu.Host.Control.GetSnapshotGroupCounts();
            var extra = ids.Count(id => groups.TryGetValue(id, out var g) && g > 1);
            if (extra > 0) failures.Add(extra + " instance(s) with more than one snapshot group");
            return new ScenarioOutcome("node-sdk", targets.Count, FleetFixture.RegionsOf(targets),
                TimeSpan.FromSeconds(root.GetProperty("wallSeconds").GetDouble()), BenchEmulator.Diff(emu.Calls(), before),
                ScenarioOutcome.ThrottledOf(log), results, results, failures)
            {
                PeakMb = root.GetProperty("peakRssMb").GetDouble(), MemoryNote = "(node process)",
                EmulatorGrowthMb = emulatorPeak - emulatorBefore,
                Timeline = ScenarioOutcome.TimelineOf(log, start),
            };
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string program, string[] args, CancellationToken ct)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + program + ".");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        try { await process.WaitForExitAsync(ct); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw; }
        return (process.ExitCode, await stdout, await stderr);
    }
}
