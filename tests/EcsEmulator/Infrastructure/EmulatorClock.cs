namespace EcsEmulator.Infrastructure;

/// <summary>
/// The emulator's notion of "now" for resources (invocations, snapshots, STS expiry).
/// Wall-clock time plus an offset tests can move forward; request timestamp checks use the wall clock.
/// </summary>
public sealed class EmulatorClock
{
    private long _offsetTicks;

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
