using EcsEmulator.Http;

namespace EcsEmulator.Faults;

/// <summary>Per-action fault settings, decided with a seedable random source; rate limits use a 1-second sliding window.</summary>
internal sealed class FaultInjector(Random random)
{
    private readonly Dictionary<string, FaultSettings> _settings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _recentCalls = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public void Set(string action, FaultSettings settings)
    {
        lock (_gate) _settings[action] = settings;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _settings.Clear();
            _recentCalls.Clear();
        }
    }

    public FaultDecision Decide(string action, DateTimeOffset wallNow)
    {
        lock (_gate)
        {
            if (!_settings.TryGetValue(action, out var s) && !_settings.TryGetValue("*", out s)) return FaultDecision.None;
            if (s.RatePerSecond is { } rate && !WithinRate(action, rate, wallNow))
                return new FaultDecision(s.LatencyMs, Throttled(), AnswerLoss.None);
            if (Roll(s.ThrottlePercent)) return new FaultDecision(s.LatencyMs, Throttled(), AnswerLoss.None);
            if (Roll(s.ServerErrorPercent))
                return new FaultDecision(s.LatencyMs, random.Next(2) == 0
                    ? new ApiException(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.")
                    : new ApiException(500, "InternalError", "The request processing has failed due to some unknown error, exception or failure."), AnswerLoss.None);
            var loss = Roll(s.DropAfterCommitPercent) ? AnswerLoss.Reset : Roll(s.CloseAfterCommitPercent) ? AnswerLoss.GracefulClose : AnswerLoss.None;
            return new FaultDecision(s.LatencyMs, null, loss);
        }
    }

    private bool WithinRate(string action, double rate, DateTimeOffset now)
    {
        if (!_recentCalls.TryGetValue(action, out var calls)) _recentCalls[action] = calls = new Queue<DateTimeOffset>();
        while (calls.Count > 0 && now - calls.Peek() >= TimeSpan.FromSeconds(1)) calls.Dequeue();
        if (calls.Count >= rate) return false;
        calls.Enqueue(now);
        return true;
    }

    private bool Roll(double percent) => percent > 0 && (percent >= 100 || random.NextDouble() * 100 < percent);

    private static ApiException Throttled() => new(400, "Throttling.User", "Request was denied due to user flow control.");
}
