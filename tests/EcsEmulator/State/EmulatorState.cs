using EcsEmulator.CloudAssistant;
using EcsEmulator.Http;
using EcsEmulator.Infrastructure;

namespace EcsEmulator.State;

/// <summary>
/// Everything the emulated account holds. Guarded by <see cref="Gate"/>: handlers run one at a time,
/// after <see cref="CatchUp"/> has applied every deferred change that is due.
/// </summary>
internal sealed class EmulatorState(EmulatorClock clock, IdGenerator ids, double speedFactor)
{
    public const string AccountId = "1234567890123456";

    public object Gate { get; } = new();
    public EmulatorClock Clock { get; } = clock;
    public IdGenerator Ids { get; } = ids;
    public double SpeedFactor { get; } = speedFactor;
    public EventQueue Events { get; } = new();

    public Dictionary<string, Region> Regions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Instance> Instances { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Disk> Disks { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, RamRole> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, RamPolicy> Policies { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, StsSession> StsSessions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SnapshotGroup> SnapshotGroups { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Snapshot> Snapshots { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Invocation> Invocations { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SendFileTask> SendFileTasks { get; } = new(StringComparer.Ordinal);
    /// <summary>RunCommand ClientToken → (parameter fingerprint, InvokeId).</summary>
    public ClientTokens RunCommandTokens { get; } = new();
    /// <summary>SendFile ClientToken → (parameter fingerprint, InvokeId).</summary>
    public ClientTokens SendFileTokens { get; } = new();

    public PreScriptFailureMode PreScriptFailureMode { get; set; } = PreScriptFailureMode.FallBackToFileSystem;
    public Dictionary<string, int> CreatedCounts { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset Now => Clock.UtcNow;

    /// <summary>A nominal (real-cloud) duration scaled by the speed factor.</summary>
    public TimeSpan Scaled(TimeSpan nominal) => TimeSpan.FromTicks((long)(nominal.Ticks * SpeedFactor));

    public void CatchUp() => Events.RunDue(Now);

    public void CountCreated(string kind, int by = 1) =>
        CreatedCounts[kind] = CreatedCounts.GetValueOrDefault(kind) + by;
}
