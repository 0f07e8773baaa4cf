using AppSnapshot.Client;

namespace AppSnapshot.Tests.Fakes;

/// <summary>Virtual time: Delay returns at once and moves the clock forward, so polling tests take no wall time.</summary>
public sealed class ManualClock : IClock
{
    private readonly object _gate = new();
    private DateTimeOffset _now = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    public List<TimeSpan> Delays { get; } = new();
    public Action<TimeSpan>? OnDelay { get; set; }

    public DateTimeOffset UtcNow { get { lock (_gate) return _now; } }

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
