using AppSnapshot.Client;

namespace AppSnapshot.Tests.Support;

/// <summary>A clock whose Delay returns at once, advancing time and recording the requested wait.</summary>
public sealed class FakeClock : IClock
{
    private readonly object _gate = new();
    private DateTimeOffset _now;

    public FakeClock(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset UtcNow { get { lock (_gate) return _now; } }
    public List<TimeSpan> Delays { get; } = new();

    public void Advance(TimeSpan by) { lock (_gate) _now += by; }

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Delays.Add(delay);
            _now += delay;
        }
        return Task.CompletedTask;
    }
}
