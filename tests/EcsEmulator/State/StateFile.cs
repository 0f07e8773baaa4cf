using System.Text.Json;
using EcsEmulator.Actions.Ecs;
using EcsEmulator.CloudAssistant;
using EcsEmulator.Infrastructure;

namespace EcsEmulator.State;

/// <summary>
/// <c>--state FILE</c>: the whole account written after every call, as the real service keeps what it committed,
/// so that the emulator can be killed and started again (same port, same file) with its invocations, groups,
/// files and roles intact. Unfinished work (runs, deliveries, stops and starts) is scheduled again on load.
/// Faults, call counts and nonces are not kept: they belong to one process.
/// </summary>
internal static class StateFile
{
    // Populate: the entities' collections are get-only.
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        PreferredObjectCreationHandling = System.Text.Json.Serialization.JsonObjectCreationHandling.Populate,
    };

    public static void Save(EmulatorState state, string path)
    {
        var snapshot = new Persisted
        {
            PreScriptFailureMode = state.PreScriptFailureMode,
            Regions = state.Regions.Values.ToList(),
            Disks = state.Disks.Values.ToList(),
            Instances = state.Instances.Values.ToList(),
            InstanceDisks = state.Instances.Values.ToDictionary(i => i.InstanceId, i => i.Disks.Select(d => d.DiskId).ToList()),
            Roles = state.Roles.Values.ToList(),
            Policies = state.Policies.Values.ToList(),
            StsSessions = state.StsSessions.Values.ToList(),
            SnapshotGroups = state.SnapshotGroups.Values.ToList(),
            Invocations = state.Invocations.Values.ToList(),
            SendFileTasks = state.SendFileTasks.Values.ToList(),
            RunCommandTokens = Tokens(state.RunCommandTokens),
            SendFileTokens = Tokens(state.SendFileTokens),
            CreatedCounts = new Dictionary<string, int>(state.CreatedCounts),
        };
        // Written beside the file and moved over it: a kill mid-write leaves the previous state whole.
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(snapshot, Options));
        File.Move(temporary, path, overwrite: true);
    }

    public static EmulatorState Load(string path, EmulatorClock clock, IdGenerator ids, double speedFactor)
    {
        var saved = JsonSerializer.Deserialize<Persisted>(File.ReadAllBytes(path), Options)
            ?? throw new InvalidDataException($"State file {path} is empty.");
        var state = new EmulatorState(clock, ids, speedFactor) { PreScriptFailureMode = saved.PreScriptFailureMode };
        foreach (var r in saved.Regions) state.Regions[r.RegionId] = r;
        foreach (var d in saved.Disks) state.Disks[d.DiskId] = d;
        foreach (var i in saved.Instances)
        {
            state.Instances[i.InstanceId] = i;
            i.Disks.AddRange(saved.InstanceDisks.GetValueOrDefault(i.InstanceId, []).Select(id => state.Disks[id]));
        }
        foreach (var r in saved.Roles) state.Roles[r.RoleName] = r;
        foreach (var p in saved.Policies) state.Policies[p.PolicyName] = p;
        foreach (var s in saved.StsSessions) state.StsSessions[s.AccessKeyId] = s;
        foreach (var g in saved.SnapshotGroups)
        {
            state.SnapshotGroups[g.SnapshotGroupId] = g;
            foreach (var s in g.Snapshots) state.Snapshots[s.SnapshotId] = s;
        }
        foreach (var (token, value) in saved.RunCommandTokens) state.RunCommandTokens.Restore(token, value.Fingerprint, value.ResultId);
        foreach (var (token, value) in saved.SendFileTokens) state.SendFileTokens.Restore(token, value.Fingerprint, value.ResultId);
        foreach (var (kind, n) in saved.CreatedCounts) state.CreatedCounts[kind] = n;

        foreach (var invocation in saved.Invocations)
        {
            state.Invocations[invocation.InvokeId] = invocation;
            foreach (var target in invocation.Targets.Where(t => !t.IsFinal))
                InvocationScheduler.ScheduleCompletion(state, state.Instances[target.InstanceId], target);
        }
        foreach (var task in saved.SendFileTasks)
        {
            state.SendFileTasks[task.InvokeId] = task;
            foreach (var target in task.Targets.Where(t => !t.IsFinal))
                SendFileActions.ScheduleDelivery(state, state.Instances[target.InstanceId], task, target);
        }
        foreach (var instance in state.Instances.Values) InstanceLifecycleActions.ScheduleTransition(state, instance);
        return state;
    }

    private static Dictionary<string, TokenEntry> Tokens(Http.ClientTokens tokens) =>
        tokens.All.ToDictionary(kv => kv.Key, kv => new TokenEntry { Fingerprint = kv.Value.Fingerprint, ResultId = kv.Value.ResultId });

    private sealed class TokenEntry
    {
        public string Fingerprint { get; set; } = "";
        public string ResultId { get; set; } = "";
    }

    private sealed class Persisted
    {
        public PreScriptFailureMode PreScriptFailureMode { get; set; }
        public List<Region> Regions { get; set; } = [];
        public List<Disk> Disks { get; set; } = [];
        public List<Instance> Instances { get; set; } = [];
        public Dictionary<string, List<string>> InstanceDisks { get; set; } = [];
        public List<RamRole> Roles { get; set; } = [];
        public List<RamPolicy> Policies { get; set; } = [];
        public List<StsSession> StsSessions { get; set; } = [];
        public List<SnapshotGroup> SnapshotGroups { get; set; } = [];
        public List<Invocation> Invocations { get; set; } = [];
        public List<SendFileTask> SendFileTasks { get; set; } = [];
        public Dictionary<string, TokenEntry> RunCommandTokens { get; set; } = [];
        public Dictionary<string, TokenEntry> SendFileTokens { get; set; } = [];
        public Dictionary<string, int> CreatedCounts { get; set; } = [];
    }
}
