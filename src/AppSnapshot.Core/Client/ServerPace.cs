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
    /// to the configured rate. A throttled answer after <see cref="RatePacing.QuietWindows"/> windows without
    /// one only trims the rate (<see cref="RatePacing.QuietDecreaseFactor"/>): at the server's own rate, a call
    /// delayed on its way makes the next window's first call arrive early now and then, and a cut that takes
    /// three windows to win back would cost far more than that one call. Throttling that goes on is cut hard.
    /// Callers reserve their slot at once and wait outside the lock.
    /// </summary>
    internal sealed class ServerPace
    {
        private readonly object _gate = new object();
        private readonly RateLimit _limit;
        private readonly RatePacing _pacing;
        private readonly IClock _clock;
        private readonly Queue<PaceSlot> _starts = new Queue<PaceSlot>();
        private DateTimeOffset _lastStart = DateTimeOffset.MinValue;
        private DateTimeOffset _lastChange = DateTimeOffset.MinValue;
        private DateTimeOffset _lastThrottled = DateTimeOffset.MinValue;
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

        /// <summary>
        /// Waits for this call's slot. The caller stamps the slot when the call really leaves (<see cref="PaceSlot.Leaving"/>):
        /// a call that left late moves the window it opened, and the call whose slot that window bounds waits for it.
        /// </summary>
        public async Task<PaceSlot> AcquireAsync(CancellationToken cancellationToken)
        {
            PaceSlot slot;
            lock (_gate)
            {
                var now = _clock.UtcNow;
                var (calls, window) = Allowance();
                while (_starts.Count > calls) _starts.Dequeue();
                var bound = _starts.Count == calls ? _starts.Dequeue() : null;
                var start = bound == null ? now : Later(now, bound.Start + window);
                start = Later(start, _lastStart); // calls go out in the order they asked
                slot = new PaceSlot(start, bound, window);
                _starts.Enqueue(slot);
                _lastStart = start;
            }
            for (var wait = slot.Start - _clock.UtcNow; wait > TimeSpan.Zero; wait = slot.Due() - _clock.UtcNow)
            {
                await _clock.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
            return slot;
        }

        /// <summary>The server answered: throttled (slow down) or not (speed up again, a step per window).</summary>
        public void Report(bool throttled)
        {
            lock (_gate)
            {
                var now = _clock.UtcNow;
                var (_, window) = Allowance();
                var quiet = now - _lastThrottled > TimeSpan.FromTicks(window.Ticks * _pacing.QuietWindows);
                if (throttled) _lastThrottled = now;
                if (now - _lastChange < window) return;
                var rate = throttled
                    ? Math.Max(MinimumRate, _rate * (quiet ? _pacing.QuietDecreaseFactor : _pacing.DecreaseFactor))
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

        internal static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
    }

    /// <summary>One call's place in its server's window: when it was planned to leave, then when it really left.</summary>
    internal sealed class PaceSlot
    {
        /// <summary>Let go once this call leaves, so slots do not chain back through every call ever made.</summary>
        private volatile PaceSlot? _bound;
        private readonly TimeSpan _window;
        private long _startTicks;

        public PaceSlot(DateTimeOffset start, PaceSlot? bound, TimeSpan window)
        {
            _startTicks = start.UtcTicks;
            _bound = bound;
            _window = window;
        }

        public DateTimeOffset Start => new DateTimeOffset(Interlocked.Read(ref _startTicks), TimeSpan.Zero);

        /// <summary>The call leaves now: if that is later than planned, the window it opens starts now.</summary>
        public void Leaving(DateTimeOffset now)
        {
            var ticks = now.UtcTicks;
            long seen;
            while ((seen = Interlocked.Read(ref _startTicks)) < ticks && Interlocked.CompareExchange(ref _startTicks, ticks, seen) != seen) { }
            _bound = null;
        }

        /// <summary>When this call may leave: its planned start, or later when the call a window before it left late.</summary>
        public DateTimeOffset Due()
        {
            var bound = _bound;
            return bound == null ? Start : ServerPace.Later(Start, bound.Start + _window);
        }
    }
}
