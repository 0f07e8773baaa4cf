using System;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Common;

namespace AppSnapshot.Client
{
    /// <summary>
    /// A reservation-style token bucket: a caller takes a token at once and, when the bucket is in
    /// debt, waits until its reservation matures. Waiting happens outside the lock.
    /// </summary>
    internal sealed class TokenBucket
    {
        private readonly object _gate = new object();
        private readonly RateLimit _limit;
        private readonly IClock _clock;
        private double _tokens;
        private DateTimeOffset _updated;

        public TokenBucket(RateLimit limit, IClock clock)
        {
            _limit = limit;
            _clock = clock;
            _tokens = limit.Burst;
            _updated = clock.UtcNow;
        }

        public Task AcquireAsync(CancellationToken cancellationToken)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _clock.UtcNow;
                var elapsed = (now - _updated).TotalSeconds;
                if (elapsed > 0) _tokens = Math.Min(_limit.Burst, _tokens + elapsed * _limit.RequestsPerSecond);
                _updated = now;
                _tokens -= 1;
                wait = _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _limit.RequestsPerSecond);
            }
            return wait == TimeSpan.Zero ? Task.CompletedTask : _clock.Delay(wait, cancellationToken);
        }
    }
}
