using System;
using System.Globalization;

namespace AppSnapshot.Client
{
    /// <summary>Capped exponential backoff with full jitter, or the server's <c>x-acs-retry-after</c>.</summary>
    internal sealed class Backoff
    {
        private static readonly Random Shared = new Random();
        private readonly ClientSettings _settings;

        public Backoff(ClientSettings settings) => _settings = settings;

        /// <param name="retry">1 for the wait before the second attempt.</param>
        public TimeSpan Next(int retry, string? retryAfterHeader)
        {
            var serverWait = ParseRetryAfter(retryAfterHeader);
            if (serverWait.HasValue) return serverWait.Value > _settings.MaxRetryAfter ? _settings.MaxRetryAfter : serverWait.Value;

            var ceilingMs = Math.Min(_settings.MaxBackoff.TotalMilliseconds,
                _settings.BaseBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(retry - 1, 30)));
            return TimeSpan.FromMilliseconds(ceilingMs * NextJitter());
        }

        /// <summary>A positive integer number of milliseconds (the Darabonba core's reading); anything else is ignored.</summary>
        internal static TimeSpan? ParseRetryAfter(string? value)
        {
            if (value is null) return null;
            if (!long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) || ms <= 0) return null;
            return TimeSpan.FromMilliseconds(Math.Min(ms, (long)TimeSpan.FromDays(1).TotalMilliseconds));
        }

        private double NextJitter()
        {
            if (_settings.Jitter != null) return _settings.Jitter();
            lock (Shared) return Shared.NextDouble();
        }
    }
}
