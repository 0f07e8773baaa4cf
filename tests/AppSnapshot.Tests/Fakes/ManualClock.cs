using AppSnapshot.Common;

namespace AppSnapshot.Tests.Fakes;

/// <summary>
/// Virtual time: Delay returns at once, records the wait and moves the clock forward, so polling and
/// expiry tests take no wall time. The one fake clock of the test suite.
/// </summary>
public sealed class ManualClock : IClock
{
    private readonly object _gate = new();
    private DateTimeOffset _now;

    public ManualClock(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    public List<TimeSpan> Delays { get; } = new();
    public Action<TimeSpan>? OnDelay { get; set; }

    public DateTimeOffset UtcNow { get { lock (_gate) return _now; } }

    public void Advance(TimeSpan by) { lock (_gate) _now += by; }

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Delays.Add(delay);
            _now += delay;
        }
        OnDelay?.Invoke(delay);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }
}
