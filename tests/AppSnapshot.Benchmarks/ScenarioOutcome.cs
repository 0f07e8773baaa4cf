using EcsEmulator.Faults;

namespace AppSnapshot.Benchmarks;

/// <summary>What one scenario measured. Calls and throttled calls are the emulator's (every attempt counts).</summary>
internal sealed record ScenarioOutcome(string Kind, int Instances, int Regions, TimeSpan Wall, Dictionary<string, int> Calls,
    Dictionary<string, int> Throttled, int Results, int Succeeded, List<string> Failures)
{
    /// <summary>Peak resident memory of the process running the workflow (MB), and its resident memory just before.</summary>
    public double PeakMb { get; init; } = double.NaN;
    public double BaselineMb { get; init; } = double.NaN;
    public string MemoryNote { get; init; } = "";
    /// <summary>Peer runs only: how much the benchmark process (the emulator alone) grew while serving the run.</summary>
    public double EmulatorGrowthMb { get; init; } = double.NaN;
    public string Timeline { get; init; } = "";
    public TimeSpan SlowestRun { get; init; }
    /// <summary>Not measured at this N: per-instance time and calls of a smaller run times N.</summary>
    public int? ScaledFrom { get; init; }

    public int TotalCalls => Calls.Values.Sum();
    public int TotalThrottled => Throttled.Values.Sum();
    public int CallsOf(params string[] actions) => actions.Sum(a => Calls.TryGetValue(a, out var n) ? n : 0);

    public ScenarioOutcome ScaledTo(int n) => this with
    {
        Instances = n,
        Wall = TimeSpan.FromTicks(Wall.Ticks / Instances * n),
        Calls = Calls.ToDictionary(kv => kv.Key, kv => (int)Math.Round((double)kv.Value / Instances * n)),
        Throttled = Throttled.ToDictionary(kv => kv.Key, kv => (int)Math.Round((double)kv.Value / Instances * n)),
        Results = n, Succeeded = n, ScaledFrom = Instances, Timeline = "", Failures = new List<string>(),
    };

    /// <summary>Per action, in order of first use: calls (throttled), first start to last end in seconds since the run began.</summary>
    public static string TimelineOf(IEnumerable<CallRecord> log, DateTimeOffset start) =>
        string.Join("; ", log.GroupBy(c => c.Action).OrderBy(g => g.Min(c => c.Start)).Select(g =>
            $"{g.Key} x{g.Count()}{(g.Count(c => c.Throttled) is var t and > 0 ? $" ({t} throttled)" : "")} " +
            $"{(g.Min(c => c.Start) - start).TotalSeconds:0.00}-{(g.Max(c => c.End) - start).TotalSeconds:0.00} s"));

    public static Dictionary<string, int> ThrottledOf(IEnumerable<CallRecord> log) =>
        log.Where(c => c.Throttled).GroupBy(c => c.Action).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Every instance: exactly one result, succeeded, and exactly one snapshot group in the emulator.</summary>
    public static List<string> Check(IReadOnlyCollection<string> ids, IReadOnlyDictionary<string, int> resultsPerInstance, int succeeded,
        IReadOnlyDictionary<string, int> groupsPerInstance, int errors, IEnumerable<string> errorSamples)
    {
        var failures = new List<string>();
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var lost = ids.Count(id => !resultsPerInstance.ContainsKey(id));
        var twice = resultsPerInstance.Count(kv => kv.Value > 1);
        var strangers = resultsPerInstance.Keys.Count(id => !wanted.Contains(id));
        var noGroup = ids.Count(id => !groupsPerInstance.ContainsKey(id));
        var extra = ids.Count(id => groupsPerInstance.TryGetValue(id, out var g) && g > 1);
        if (lost > 0) failures.Add(lost + " instance(s) without a result");
        if (twice > 0) failures.Add(twice + " instance(s) reported more than once");
        if (strangers > 0) failures.Add(strangers + " result(s) for instances not asked for");
        if (succeeded != ids.Count) failures.Add((ids.Count - succeeded) + " result(s) not succeeded");
        if (errors > 0) failures.Add(errors + " error(s), e.g. " + string.Join(" | ", errorSamples.Take(3)));
        if (noGroup > 0) failures.Add(noGroup + " instance(s) with no snapshot group");
        if (extra > 0) failures.Add(extra + " instance(s) with more than one snapshot group");
        return failures;
    }
}
