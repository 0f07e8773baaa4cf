using EcsEmulator.Http;
using EcsEmulator.Infrastructure;

namespace EcsEmulator.Actions.Ecs;

/// <summary>DescribeSnapshots (TagKey/TagValue tags) and ResetDisks (roll disks back; instance must be Stopped).</summary>
internal static class SnapshotActions
{
    private static readonly string[] Statuses = ["progressing", "accomplished", "failed", "all"];

    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.EcsVersion, "DescribeSnapshots", Describe);
        c.Add(ActionCatalog.EcsVersion, "ResetDisks", ResetDisks);
    }

    private static object Describe(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var ids = ctx.P.JsonStringArray("SnapshotIds", "InvalidSnapshotIds.Malformed", 403);
        var instanceId = ctx.P.Get("InstanceId");
        var diskId = ctx.P.Get("DiskId");
        var status = ctx.P.Get("Status") ?? "all";
        if (!Statuses.Contains(status)) throw new ApiException(404, "InvalidStatus.NotFound", "The specified Status is not found.");
        var tags = ctx.P.KeyValueList("Tag");
        var now = ctx.Now;
        var list = ctx.State.Snapshots.Values
            .Where(s => s.RegionId == region)
            .Where(s => ids is null || ids.Contains(s.SnapshotId))
            .Where(s => instanceId is null || s.InstanceId == instanceId)
            .Where(s => diskId is null || s.SourceDiskId == diskId)
            .Where(s => status == "all" || s.Status(now) == status)
            .Where(s => tags.All(t => s.Tags.Any(x => x.Key == t.Key && (t.Value.Length == 0 || x.Value == t.Value))))
            .OrderByDescending(s => s.CreationTime).ThenBy(s => s.SnapshotId, StringComparer.Ordinal)
            .ToList();
        var page = Paging.Apply(list, ctx.P);
        return new
        {
            page.TotalCount,
            page.PageNumber,
            page.PageSize,
            page.NextToken,
            Snapshots = Wrap.List("Snapshot", page.Items.Select(s => new
            {
                s.SnapshotId,
                s.SnapshotName,
                s.Description,
                Status = s.Status(now),
                Progress = s.ProgressPercent(now) + "%",
                RemainTime = s.Status(now) == "progressing" ? (int)Math.Clamp((s.CompletionTime - now).TotalSeconds, 0, int.MaxValue) : 0,
                CreationTime = WireFormat.Time(s.CreationTime),
                LastModifiedTime = WireFormat.Time(s.CreationTime),
                s.SourceDiskId,
                s.SourceDiskType,
                SourceDiskSize = s.SourceDiskSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.SourceStorageType,
                SnapshotType = "user",
                Category = "standard",
                Usage = "none",
                RetentionDays = 0,
                Available = s.Status(now) == "accomplished" || (s.InstantAccess && !s.Failed),
                Encrypted = false,
                s.InstantAccess,
                s.InstantAccessRetentionDays,
                s.RegionId,
                ResourceGroupId = "",
                SnapshotSN = "",
                SnapshotLinkId = "sl-" + s.SourceDiskId,
                Tags = Wrap.Tags(s.Tags),
            })),
        };
    }

    private static object ResetDisks(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var pairs = ctx.P.KeyValueList("Disk", "DiskId", "SnapshotId");
        if (pairs.Count == 0) throw ApiException.Missing("Disk.1.DiskId");
        if (pairs.Count > 10) throw ApiException.Invalid("Disk");
        var resolved = pairs.Select(p =>
        {
            if (!ctx.State.Disks.TryGetValue(p.Key, out var disk) || disk.RegionId != region)
                throw new ApiException(404, "InvalidDiskId.NotFound", $"The specified disk \"{p.Key}\" does not exist.");
            if (p.Value.Length == 0) throw ApiException.Missing("Disk.N.SnapshotId");
            if (!ctx.State.Snapshots.TryGetValue(p.Value, out var snapshot) || snapshot.RegionId != region)
                throw new ApiException(404, "InvalidSnapshotId.NotFound", $"The specified snapshot \"{p.Value}\" does not exist.");
            if (snapshot.SourceDiskId != disk.DiskId)
                throw new ApiException(403, "InvalidParameter.Mismatch", "The specified snapshot was not created from the specified disk.");
            if (snapshot.Status(ctx.Now) != "accomplished")
                throw new ApiException(403, "InvalidSnapshotId.NotReady", "The specified snapshot has not completed yet.");
            var instance = disk.InstanceId is null ? null : ctx.State.Instances[disk.InstanceId];
            if (instance is not null && instance.Status != "Stopped")
                throw new ApiException(403, "IncorrectInstanceStatus", "The current status of the resource does not support this operation.");
            return (Disk: disk, Snapshot: snapshot);
        }).ToList();
        if (ctx.P.Bool("DryRun") == true)
            throw new ApiException(400, "DryRunOperation", "Request validation has been passed with DryRun flag set.");
        foreach (var (disk, snapshot) in resolved) disk.SourceSnapshotId = snapshot.SnapshotId;
        return new
        {
            OperationProgressSet = Wrap.List("OperationProgress", resolved.Select(r => new
            {
                OperationStatus = "Success",
                ErrorCode = "",
                ErrorMsg = "",
                RelatedItemSet = Wrap.List("RelatedItem", new[] { new { Name = "SnapshotId", Value = r.Snapshot.SnapshotId }, new { Name = "DiskId", Value = r.Disk.DiskId } }),
            })),
        };
    }
}
