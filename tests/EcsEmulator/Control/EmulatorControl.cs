using EcsEmulator.State;

namespace EcsEmulator;

/// <summary>Test-side control and inspection; the same operations as the unsigned /_emulator endpoints.</summary>
public sealed class EmulatorControl
{
    private static readonly string[] Statuses = ["Pending", "Starting", "Running", "Stopping", "Stopped"];
    private readonly EmulatorRuntime _runtime;

    internal EmulatorControl(EmulatorRuntime runtime) => _runtime = runtime;

    public void SetFault(string action, FaultSettings settings) => _runtime.Faults.Set(action, settings);

    public void ClearFaults() => _runtime.Faults.Clear();

    public IReadOnlyDictionary<string, int> GetCallCounts() => _runtime.Calls.Snapshot();

    /// <summary>Every authenticated call since start/reset with its wall-clock times and error code (throttled ones included).</summary>
    public IReadOnlyList<Faults.CallRecord> GetCallLog() => _runtime.CallLog.Snapshot();

    /// <summary>Resources created since start/reset: SnapshotGroup, Snapshot, Invocation, SendFile, File, Role, Policy, StsSession.</summary>
    public IReadOnlyDictionary<string, int> GetCreatedCounts() => _runtime.WithState(s => (IReadOnlyDictionary<string, int>)new Dictionary<string, int>(s.CreatedCounts));

    public int GetSnapshotGroupCount(string instanceId) =>
        _runtime.WithState(s => s.SnapshotGroups.Values.Count(g => g.InstanceId == instanceId));

    /// <summary>Groups per instance, for every instance that has at least one (one pass, for large fleets).</summary>
    public IReadOnlyDictionary<string, int> GetSnapshotGroupCounts() =>
        _runtime.WithState(s => (IReadOnlyDictionary<string, int>)s.SnapshotGroups.Values.GroupBy(g => g.InstanceId).ToDictionary(g => g.Key, g => g.Count()));

    public void SetInstanceStatus(string instanceId, string status)
    {
        if (!Statuses.Contains(status)) throw new ArgumentException($"Unknown status {status}.", nameof(status));
        _runtime.WithState(s =>
        {
            var i = Instance(s, instanceId);
            i.Status = status;
            i.TransitionVersion++;
            i.PendingStatus = null;
            i.PendingStatusAt = null;
            return 0;
        });
    }

    public void SetCloudAssistant(string instanceId, bool installed, bool running) =>
        _runtime.WithState(s =>
        {
            var i = Instance(s, instanceId);
            i.CloudAssistantInstalled = installed;
            i.CloudAssistantRunning = installed && running;
            return 0;
        });

    /// <param name="script">"prescript" or "postscript".</param>
    public void SetScriptBehaviour(string instanceId, string script, ScriptBehaviour behaviour)
    {
        if (script is not ("prescript" or "postscript")) throw new ArgumentException("script must be prescript or postscript", nameof(script));
        _runtime.WithState(s => Instance(s, instanceId).ScriptBehaviours[script] = behaviour);
    }

    public void SetPreScriptFailureMode(PreScriptFailureMode mode) => _runtime.WithState(s => s.PreScriptFailureMode = mode);

    /// <summary>Forces the next plug-in runs on the instance to end with this exit code (null clears).</summary>
    public void SetPluginFault(string instanceId, int? exitCode) => _runtime.WithState(s => Instance(s, instanceId).ForcedPluginExitCode = exitCode);

    public IReadOnlyList<SimulatedFile> GetFiles(string instanceId) =>
        _runtime.WithState(s => (IReadOnlyList<SimulatedFile>)Instance(s, instanceId).Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());

    /// <summary>Moves the emulator clock (not the wall clock used for request timestamps) forward.</summary>
    public void AdvanceClock(TimeSpan by) => _runtime.Clock.Advance(by);

    /// <summary>Stops the emulator clock so Pending/Running/progressing states stay put until <see cref="AdvanceClock"/>.</summary>
    public void FreezeClock() => _runtime.Clock.Freeze();

    public void ResumeClock() => _runtime.Clock.Resume();

    public void Reset() => _runtime.Reset();

    public IReadOnlyList<InstanceSummary> GetInstances() => _runtime.WithState(s => (IReadOnlyList<InstanceSummary>)s.Instances.Values
        .Select(i => new InstanceSummary(i.InstanceId, i.RegionId, i.OSType, i.Status, i.RamRoleName, i.CloudAssistantHealthy,
            s.SnapshotGroups.Values.Count(g => g.InstanceId == i.InstanceId), i.Files.Count))
        .ToList());

    private static Instance Instance(EmulatorState s, string id) =>
        s.Instances.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"No instance {id}.");
}
