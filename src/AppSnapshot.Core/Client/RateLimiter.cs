using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Common;

namespace AppSnapshot.Client
{
    /// <summary>One token bucket per (product, region, action), shared by every client of a factory.</summary>
    internal sealed class RateLimiter
    {
        private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new ConcurrentDictionary<string, TokenBucket>();
        private readonly ClientSettings _settings;
        private readonly IClock _clock;

        public RateLimiter(ClientSettings settings, IClock clock)
        {
            _settings = settings;
            _clock = clock;
        }

        public Task AcquireAsync(string product, string? regionId, string action, CancellationToken cancellationToken)
        {
            var key = product + "|" + (regionId ?? "") + "|" + action;
            var bucket = _buckets.GetOrAdd(key, _ => new TokenBucket(_settings.RateLimitFor(product, action), _clock));
            return bucket.AcquireAsync(cancellationToken);
        }
    }
}
