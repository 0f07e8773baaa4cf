using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AppSnapshot.Completion
{
    /// <summary>
    /// A cloud listing for tab completion: fetched once per key (account, region, ...) and kept for
    /// <see cref="CacheLifetime"/>, under a short <see cref="Deadline"/> so a slow or unreachable API
    /// never hangs the prompt. Any failure gives an empty list: completion never throws.
    /// </summary>
    public sealed class CachedListing<T>
    {
        private readonly Func<DateTimeOffset> _now;
        private readonly object _gate = new object();
        private readonly Dictionary<string, (DateTimeOffset Fetched, IReadOnlyList<T> Items)> _cache =
            new Dictionary<string, (DateTimeOffset, IReadOnlyList<T>)>(StringComparer.Ordinal);

        public CachedListing(Func<DateTimeOffset> now) => _now = now ?? throw new ArgumentNullException(nameof(now));

        public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(1);
        public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(3);

        public IReadOnlyList<T> Get(string key, Func<CancellationToken, Task<IReadOnlyList<T>>> fetch)
        {
            lock (_gate)
            {
                if (_cache.TryGetValue(key, out var hit) && _now() - hit.Fetched < CacheLifetime) return hit.Items;
            }
            IReadOnlyList<T> fetched;
            var cts = new CancellationTokenSource(Deadline);
            try
            {
                // The fetch runs on the pool and is abandoned at the deadline even if it ignores the token.
                var task = Task.Run(() => fetch(cts.Token));
                if (!task.Wait(Deadline))
                {
                    // Still running: the token source must outlive it.
                    task.ContinueWith(_ => cts.Dispose(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                    return Array.Empty<T>();
                }
                fetched = task.Result;
                cts.Dispose();
            }
            catch (Exception)
            {
                // Completion must never throw at the prompt: no account, no network, no answer = no suggestions.
                cts.Dispose();
                return Array.Empty<T>();
            }
            lock (_gate) _cache[key] = (_now(), fetched);
            return fetched;
        }
    }
}
