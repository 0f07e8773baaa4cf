using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Common;

namespace AppSnapshot.Client
{
    /// <summary>
    /// The pace of one action at one server: never more than <see cref="RateLimit.Burst"/> calls start
    /// within any window of Burst / RequestsPerSecond seconds (plus a margin for the way to the server),
    /// so the client never bursts above a server that counts calls in a sliding window. The pace is
    /// adaptive (AIMD): a throttled answer cuts the rate by <see cref="RatePacing.DecreaseFactor"/> (once
    /// per window, however many calls of that window were throttled), and every window without a
    /// throttled answer adds <see cref="RatePacing.IncreaseFraction"/> of the configured rate back, up
    /// to the configured rate. Callers reserve their slot at once and wait outside the lock.
    /// </summary>
    internal sealed class ServerPace
    {
        private readonly object _gate = new object();
        private readonly RateLimit _limit;
        private readonly RatePacing _pacing;
        private readonly IClock _clock;
        private readonly Queue<DateTimeOffset> _starts = new Queue<DateTimeOffset>();
        private DateTimeOffset _lastStart = DateTimeOffset.MinValue;
        private DateTimeOffset _lastChange = DateTimeOffset.MinValue;
        private double _rate;

        public ServerPace(RateLimit limit, RatePacing pacing, IClock clock)
        {
            _limit = limit;
            _pacing = pacing;
            _clock = clock;
            _rate = limit.RequestsPerSecond;
        }

        /// <summary>Calls per second the pace allows now (the configured rate unless throttling lowered it).</summary>
        public double CurrentRate { get { lock (_gate) return _rate; } }

        /// <summary>Waits for this call's slot.</summary>
        public Task AcquireAsync(CancellationToken cancellationToken)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _clock.UtcNow;
                var (calls, window) = Allowance();
                while (_starts.Count > calls) _starts.Dequeue();
                var slot = now;
                if (_starts.Count == calls) slot = Later(slot, _starts.Dequeue() + window);
                slot = Later(slot, _lastStart); // calls go out in the order they asked
                _starts.Enqueue(slot);
                _lastStart = slot;
                wait = slot - now;
            }
            return wait <= TimeSpan.Zero ? Task.CompletedTask : _clock.Delay(wait, cancellationToken);
        }

        /// <summary>The server answered: throttled (slow down) or not (speed up again, a step per window).</summary>
        public void Report(bool throttled)
        {
            lock (_gate)
            {
                var now = _clock.UtcNow;
                var (_, window) = Allowance();
                if (now - _lastChange < window) return;
                var rate = throttled
                    ? Math.Max(MinimumRate, _rate * _pacing.DecreaseFactor)
                    : Math.Min(_limit.RequestsPerSecond, _rate + _limit.RequestsPerSecond * _pacing.IncreaseFraction);
                if (rate == _rate) return;
                _rate = rate;
                _lastChange = now;
            }
        }

        private double MinimumRate => Math.Min(_limit.RequestsPerSecond, Math.Max(_pacing.MinimumRate, _limit.RequestsPerSecond * _pacing.MinimumFraction));

        /// <summary>Calls allowed per window at the current rate, and the window (margin included).</summary>
        private (int Calls, TimeSpan Window) Allowance()
        {
            var calls = Math.Max(1, (int)Math.Floor(_limit.Burst * _rate / _limit.RequestsPerSecond + 1e-9));
            return (calls, TimeSpan.FromSeconds(calls / _rate) + _pacing.Margin);
        }

        private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
    }
}
