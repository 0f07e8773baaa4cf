using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Groups
{
    /// <summary>
    /// ResetDisks lost its answer: a disk whose source snapshot is now the group's member was reset by this call,
    /// one that still shows another source was not. Returns what ResetDisks would have answered, or null (error written)
    /// when the disks cannot be read either.
    /// </summary>
    internal static class DiskResetReadBack
    {
        public const string LostCode = "AnswerLost";

        public static async Task<IReadOnlyList<OperationProgress>?> AfterLostAnswerAsync(DisksApi disks, string instanceId, IReadOnlyList<SnapshotInfo> chunk,
            Exception lost, IOutputSink sink, CancellationToken ct)
        {
            IReadOnlyDictionary<string, List<DiskRecord>> now;
            try
            {
                now = await disks.DescribeDisksByInstanceAsync(new[] { instanceId }, ct).ConfigureAwait(false);
            }
            catch (Exception failed) when (ApiErrors.IsApiFailure(failed))
            {
                foreach (var s in chunk) sink.WriteError(LostAnswers.Unknown(s.SourceDiskId, "Rolling back " + s.SourceDiskId, lost, failed, "the disk in the console"));
                return null;
            }
            var sources = now.TryGetValue(instanceId, out var list) ? list.ToDictionary(d => d.DiskId, d => d.SourceSnapshotId) : new Dictionary<string, string>();
            sink.WriteVerbose("ResetDisks: the answer was lost (" + lost.Message + "); read the disks back.");
            return chunk.Select(s => sources.TryGetValue(s.SourceDiskId, out var source) && source == s.SnapshotId
                ? new OperationProgress { OperationStatus = "Success", RelatedItems = Related(s) }
                : new OperationProgress
                {
                    OperationStatus = "Failed",
                    ErrorCode = LostCode,
                    ErrorMessage = "the answer was lost and the disk does not come from " + s.SnapshotId + ": it was not reset",
                    RelatedItems = Related(s),
                }).ToList();
        }

        private static IDictionary<string, string> Related(SnapshotInfo s) =>
            new Dictionary<string, string> { ["SnapshotId"] = s.SnapshotId, ["DiskId"] = s.SourceDiskId };
    }
}
