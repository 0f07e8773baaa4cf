using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Connection;

namespace AppSnapshot.Completion
{
    /// <summary>Snapshot-consistent group ids of a region for tab completion, newest first, cached briefly.</summary>
    public sealed class SnapshotGroupIdCompletionSource : CloudCompletionSource<SnapshotGroupRecord>
    {
        public static SnapshotGroupIdCompletionSource Shared { get; } = new SnapshotGroupIdCompletionSource(() => DateTimeOffset.UtcNow);

        public SnapshotGroupIdCompletionSource(Func<DateTimeOffset> now) : base(now) { }

        public IReadOnlyList<KeyValuePair<string, string>> Complete(AcsSession session, string? regionId, string? word)
            => Complete(session.CredentialSource + "|" + (regionId ?? session.DefaultRegionId),
                ct => new SnapshotsApi(session.Ecs(regionId)).DescribeSnapshotGroupsAsync(new SnapshotGroupFilter(), ct), word);

        /// <summary>Groups whose id starts with <paramref name="word"/> or whose name contains it.</summary>
        internal IReadOnlyList<KeyValuePair<string, string>> Complete(string cacheKey,
            Func<CancellationToken, Task<IReadOnlyList<SnapshotGroupRecord>>> fetch, string? word)
        {
            var w = CompletionWord.Clean(word);
            return Listing.Get(cacheKey, fetch)
                .Where(g => g.SnapshotGroupId.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                            || g.Name.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0)
                .OrderByDescending(g => g.CreationTime ?? DateTimeOffset.MinValue)
                .ThenBy(g => g.SnapshotGroupId, StringComparer.Ordinal)
                .Select(g => new KeyValuePair<string, string>(g.SnapshotGroupId, Tooltip(g)))
                .ToList();
        }

        private static string Tooltip(SnapshotGroupRecord g)
        {
            var details = new List<string> { g.Status };
            if (g.CreationTime.HasValue) details.Add(g.CreationTime.Value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(g.InstanceId)) details.Add(g.InstanceId);
            return (string.IsNullOrEmpty(g.Name) ? g.SnapshotGroupId : g.Name) + " (" + string.Join(", ", details.Where(d => !string.IsNullOrEmpty(d))) + ")";
        }
    }
}
