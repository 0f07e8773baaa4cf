using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;

namespace AppSnapshot.Completion
{
    /// <summary>The disks of the instances named on the command line (DescribeDisks), for -ExcludeDiskId; cached briefly.</summary>
    public sealed class DiskIdCompletionSource : CloudCompletionSource<DiskRecord>
    {
        public static DiskIdCompletionSource Shared { get; } = new DiskIdCompletionSource(() => DateTimeOffset.UtcNow);

        public DiskIdCompletionSource(Func<DateTimeOffset> now) : base(now) { }

        /// <summary>No instance named: nothing to offer (the disks of a whole region would mislead).</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Complete(AcsSession session, string? regionId, IReadOnlyCollection<string> instanceIds, string? word)
        {
            if (instanceIds.Count == 0) return Array.Empty<KeyValuePair<string, string>>();
            var ids = instanceIds.Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToList();
            return Complete(session.CredentialSource + "|" + (regionId ?? session.DefaultRegionId) + "|" + string.Join(",", ids),
                async ct => (IReadOnlyList<DiskRecord>)(await new DisksApi(session.Ecs(regionId)).DescribeDisksByInstanceAsync(ids, ct).ConfigureAwait(false))
                    .SelectMany(pair => pair.Value).GroupBy(d => d.DiskId).Select(g => g.First()).ToList(),
                word);
        }

        /// <summary>Disks whose id starts with <paramref name="word"/> or whose name contains it; data disks first.</summary>
        internal IReadOnlyList<KeyValuePair<string, string>> Complete(string cacheKey,
            Func<CancellationToken, Task<IReadOnlyList<DiskRecord>>> fetch, string? word)
        {
            var w = CompletionWord.Clean(word);
            return Listing.Get(cacheKey, fetch)
                .Where(d => d.DiskId.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                            || d.DiskName.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderBy(d => d.Type == "system" ? 1 : 0)
                .ThenBy(d => d.DiskId, StringComparer.Ordinal)
                .Select(d => new KeyValuePair<string, string>(d.DiskId, Tooltip(d)))
                .ToList();
        }

        private static string Tooltip(DiskRecord d) =>
            (string.IsNullOrEmpty(d.DiskName) ? d.DiskId : d.DiskName) + " (" + d.Type + ", " + d.Category + ", " + d.SizeGiB + " GiB"
            + (d.IsMultiAttach ? ", multi-attach" : "") + ")";
    }
}
