namespace EcsEmulator.Infrastructure;

/// <summary>
/// Deferred state changes (an invocation finishing, an instance reaching Stopped...). Nothing runs in the
/// background: every request first applies the events that are due, so time advances lazily and cheaply.
/// </summary>
internal sealed class EventQueue
{
    private readonly PriorityQueue<Action, (DateTimeOffset At, long Seq)> _queue = new();
    private long _seq;

    public void Schedule(DateTimeOffset at, Action effect) => _queue.Enqueue(effect, (at, _seq++));

    public void RunDue(DateTimeOffset now)
    {
        while (_queue.TryPeek(out _, out var key) && key.At <= now)
        {
            _queue.Dequeue()();
        }
    }
}
