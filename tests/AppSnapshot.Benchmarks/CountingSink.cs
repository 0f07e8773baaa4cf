using AppSnapshot.Models;
using AppSnapshot.Output;

namespace AppSnapshot.Benchmarks;

/// <summary>Counts what an operation writes; keeps no result objects, only per-instance tallies.</summary>
internal sealed class CountingSink : IOutputSink
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _resultsPerInstance = new(StringComparer.Ordinal);
    private readonly Dictionary<Consistency, int> _consistency = new();
    private readonly List<string> _errorSamples = new();
    private readonly List<string> _warningSamples = new();
    private readonly List<EcsInstance> _instances = new();

    public IReadOnlyList<EcsInstance> Instances { get { lock (_gate) return _instances.ToList(); } }

    public int Results { get; private set; }
    public int Succeeded { get; private set; }
    public int Errors { get; private set; }
    public int Warnings { get; private set; }
    public int OtherObjects { get; private set; }
    /// <summary>Longest FinishTime - StartTime (emulator clock) among the results: the slowest instance's plug-in run.</summary>
    public TimeSpan SlowestRun { get; private set; }

    public IReadOnlyDictionary<string, int> ResultsPerInstance { get { lock (_gate) return new Dictionary<string, int>(_resultsPerInstance); } }
    public IReadOnlyDictionary<Consistency, int> ConsistencyCounts { get { lock (_gate) return new Dictionary<Consistency, int>(_consistency); } }
    public IReadOnlyList<string> ErrorSamples { get { lock (_gate) return _errorSamples.ToList(); } }
    public IReadOnlyList<string> WarningSamples { get { lock (_gate) return _warningSamples.ToList(); } }

    public void WriteObject(object value)
    {
        lock (_gate)
        {
            if (value is EcsInstance instance) { _instances.Add(instance); return; }
            if (value is not AppSnapshotResult r) { OtherObjects++; return; }
            Results++;
            if (r.Succeeded) Succeeded++;
            _resultsPerInstance[r.InstanceId] = _resultsPerInstance.TryGetValue(r.InstanceId, out var n) ? n + 1 : 1;
            _consistency[r.ConsistencyValue] = _consistency.TryGetValue(r.ConsistencyValue, out var c) ? c + 1 : 1;
            if (r.TotalSeconds is { } s && TimeSpan.FromSeconds(s) > SlowestRun) SlowestRun = TimeSpan.FromSeconds(s);
        }
    }

    public void WriteError(OperationError error)
    {
        lock (_gate)
        {
            Errors++;
            if (_errorSamples.Count < 5) _errorSamples.Add(error.ToString());
        }
    }

    public void WriteWarning(string message)
    {
        lock (_gate)
        {
            Warnings++;
            if (_warningSamples.Count < 5) _warningSamples.Add(message);
        }
    }

    public void WriteVerbose(string message) { }
    public void WriteDebug(string message) { }
    public void WriteProgress(ProgressInfo progress) { }
    public bool ShouldProcess(string target, string action) => true;
    public bool ShouldContinue(string query, string caption) => true;
}
