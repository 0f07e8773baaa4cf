using System;
using System.Collections.Concurrent;
using AppSnapshot.Common;

namespace AppSnapshot.Client
{
    /// <summary>
    /// One <see cref="ServerPace"/> per server window, shared by every client of a factory: per
    /// (endpoint, product, action). Every Alibaba Cloud region has its own endpoint, so in the cloud that
    /// is one pace per region and action; regions served by one endpoint (a proxy, the emulator) share it.
    /// </summary>
    internal sealed class RateLimiter
    {
        private readonly ConcurrentDictionary<string, ServerPace> _paces = new ConcurrentDictionary<string, ServerPace>(StringComparer.Ordinal);
        private readonly ClientSettings _settings;
        private readonly IClock _clock;

        public RateLimiter(ClientSettings settings, IClock clock)
        {
            _settings = settings;
            _clock = clock;
        }

        public ServerPace PaceFor(Uri endpoint, string product, string action) =>
            _paces.GetOrAdd(endpoint.Authority.ToLowerInvariant() + "|" + product + "|" + action,
                _ => new ServerPace(_settings.RateLimitFor(product, action), _settings.Pacing, _clock));
    }
}
