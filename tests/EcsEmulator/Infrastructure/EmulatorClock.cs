namespace EcsEmulator.Infrastructure;

/// <summary>
/// The emulator's notion of "now" for resources (invocations, snapshots, STS expiry): wall-clock time plus an
/// offset tests can move forward, optionally frozen so intermediate states can be observed deterministically.
/// Request timestamp checks (x-acs-date, nonces) always use the real wall clock.
/// </summary>
public sealed class EmulatorClock
{
    private readonly object _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset? _frozenAt;

    public DateTimeOffset UtcNow
    {
        get
        {
            lock (_gate) return (_frozenAt ?? DateTimeOffset.UtcNow) + _offset;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate) _offset += by;
    }

    /// <summary>Stops the clock: time then moves only through <see cref="Advance"/>.</summary>
    public void Freeze()
    {
        lock (_gate) _frozenAt ??= DateTimeOffset.UtcNow;
    }

    public void Resume()
    {
        lock (_gate)
        {
            if (_frozenAt is { } frozen) _offset -= DateTimeOffset.UtcNow - frozen;
            _frozenAt = null;
        }
    }
}
