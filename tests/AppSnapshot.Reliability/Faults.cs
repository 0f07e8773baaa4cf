using EcsEmulator;

namespace AppSnapshot.Reliability;

/// <summary>The columns of the matrix: what the emulator does to the faulted action's calls.</summary>
internal static class Faults
{
    public static IReadOnlyList<(string Name, FaultSettings Settings)> All { get; } = new (string, FaultSettings)[]
    {
        ("none", new FaultSettings()),
        ("throttling 30%", new FaultSettings { ThrottlePercent = 30 }),
        ("5xx 30%", new FaultSettings { ServerErrorPercent = 30 }),
        ("reset 30%", new FaultSettings { DropAfterCommitPercent = 30 }),
        ("close 30%", new FaultSettings { CloseAfterCommitPercent = 30 }),
        ("reset 100%", new FaultSettings { DropAfterCommitPercent = 100 }),
        ("close 100%", new FaultSettings { CloseAfterCommitPercent = 100 }),
    };
}
