using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;

namespace AppSnapshot.Completion
{
    /// <summary>
    /// Instance ids for tab completion: one DescribeInstances listing per (account, region), kept
    /// for a minute, fetched under a short deadline so a slow or unreachable API never hangs the
    /// prompt (completion then simply offers nothing).
    /// </summary>
    public sealed class InstanceIdCompletionSource
    {
        public static InstanceIdCompletionSource Shared { get; } = new InstanceIdCompletionSource(() => DateTimeOffset.UtcNow);

        private readonly Func<DateTimeOffset> _now;
        private readonly object _gate = new object();
        private readonly Dictionary<string, (DateTimeOffset Fetched, IReadOnlyList<InstanceRecord> Instances)> _cache =
            new Dictionary<string, (DateTimeOffset, IReadOnlyList<InstanceRecord>)>(StringComparer.Ordinal);

        public InstanceIdCompletionSource(Func<DateTimeOffset> now) => _now = now;

        public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(1);
        public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(3);

        /// <summary>Completions for <paramref name="word"/>: ids starting with it, or instances whose name contains it.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Complete(AcsSession session, string? regionId, string? word)
            => Complete(session.CredentialSource + "|" + (regionId ?? session.DefaultRegionId),
                ct => new InstancesApi(session.Ecs(regionId)).DescribeInstancesAsync(new InstanceFilter(), ct), word);

        internal IReadOnlyList<KeyValuePair<string, string>> Complete(string cacheKey,
            Func<CancellationToken, Task<IReadOnlyList<InstanceRecord>>> fetch, string? word)
        {
            var instances = Listing(cacheKey, fetch);
            var w = CompletionWord.Clean(word);
            return instances
                .Where(i => i.InstanceId.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                            || i.InstanceName.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
                .Select(i => new KeyValuePair<string, string>(i.InstanceId, Tooltip(i)))
                .ToList();
        }

        private IReadOnlyList<InstanceRecord> Listing(string cacheKey, Func<CancellationToken, Task<IReadOnlyList<InstanceRecord>>> fetch)
        {
            lock (_gate)
            {
                if (_cache.TryGetValue(cacheKey, out var hit) && _now() - hit.Fetched < CacheLifetime) return hit.Instances;
            }
            IReadOnlyList<InstanceRecord> fetched;
            using (var cts = new CancellationTokenSource(Deadline))
            {
                try
                {
                    fetched = Task.Run(() => fetch(cts.Token)).GetAwaiter().GetResult();
                }
                catch (Exception)
                {
                    // Completion must never throw at the prompt: no account, no network, no answer = no suggestions.
                    return Array.Empty<InstanceRecord>();
                }
            }
            lock (_gate) _cache[cacheKey] = (_now(), fetched);
            return fetched;
        }

        private static string Tooltip(InstanceRecord i) =>
            (string.IsNullOrEmpty(i.InstanceName) ? i.InstanceId : i.InstanceName) + " (" + i.Status + ", " + i.OSName + ")";
    }
}
