using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;

namespace AppSnapshot.Completion
{
    /// <summary>Instance ids for tab completion: one DescribeInstances listing per (account, region), cached briefly.</summary>
    public sealed class InstanceIdCompletionSource : CloudCompletionSource<InstanceRecord>
    {
        public static InstanceIdCompletionSource Shared { get; } = new InstanceIdCompletionSource(() => DateTimeOffset.UtcNow);

        public InstanceIdCompletionSource(Func<DateTimeOffset> now) : base(now) { }

        /// <summary>Completions for <paramref name="word"/>: ids starting with it, or instances whose name contains it.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Complete(AcsSession session, string? regionId, string? word)
            => Complete(session.CredentialSource + "|" + (regionId ?? session.DefaultRegionId),
                ct => new InstancesApi(session.Ecs(regionId)).DescribeInstancesAsync(new InstanceFilter(), ct), word);

        internal IReadOnlyList<KeyValuePair<string, string>> Complete(string cacheKey,
            Func<CancellationToken, Task<IReadOnlyList<InstanceRecord>>> fetch, string? word)
        {
            var w = CompletionWord.Clean(word);
            return Listing.Get(cacheKey, fetch)
                .Where(i => i.InstanceId.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                            || i.InstanceName.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
                .Select(i => new KeyValuePair<string, string>(i.InstanceId, Tooltip(i)))
                .ToList();
        }

        private static string Tooltip(InstanceRecord i) =>
            (string.IsNullOrEmpty(i.InstanceName) ? i.InstanceId : i.InstanceName) + " (" + i.Status + ", " + i.OSName + ")";
    }
}
