using EcsEmulator.Http;

namespace EcsEmulator.Faults;

/// <summary>What the injector decided for one call.</summary>
internal sealed record FaultDecision(int LatencyMs, ApiException? Error, bool DropAfterCommit)
{
    public static readonly FaultDecision None = new(0, null, false);
}
