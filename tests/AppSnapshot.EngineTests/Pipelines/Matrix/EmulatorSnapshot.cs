using EcsEmulator;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>Per instance (keyed id@region): its RAM role, its files and how many groups it has, as the emulator's inspection API reports them.</summary>
public sealed record EmulatorSnapshot(IReadOnlyDictionary<string, (string? Role, string Files, int Groups)> Instances)
{
    public static EmulatorSnapshot Take(EmulatorControl control) => new(control.GetInstances()
        .Where(i => MatrixInstances.All.Any(m => m.Id == i.InstanceId))
        .ToDictionary(i => MatrixInstances.Key(i.InstanceId, i.RegionId), i => (i.RamRoleName,
            string.Join(";", control.GetFiles(i.InstanceId).Select(f => f.Path + ":" + f.ModifiedTime.UtcTicks + ":" + f.Content.GetHashCode())),
            i.SnapshotGroups)));

    /// <summary>The instances whose role changed between two snapshots.</summary>
    public IReadOnlySet<string> RoleChangedSince(EmulatorSnapshot before) => Changed(before, s => s.Role);

    /// <summary>The instances whose files changed between two snapshots.</summary>
    public IReadOnlySet<string> FilesChangedSince(EmulatorSnapshot before) => Changed(before, s => s.Files);

    public int GroupsOf(string key) => Instances[key].Groups;

    private HashSet<string> Changed<T>(EmulatorSnapshot before, Func<(string? Role, string Files, int Groups), T> what) =>
        Instances.Keys.Where(k => !Equals(what(Instances[k]), what(before.Instances[k]))).ToHashSet();
}
