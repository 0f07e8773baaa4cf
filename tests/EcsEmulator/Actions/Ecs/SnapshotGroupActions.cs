using EcsEmulator.Http;
using EcsEmulator.Infrastructure;

namespace EcsEmulator.Actions.Ecs;

/// <summary>DescribeSnapshotGroups (token paging only, Key/Value tags) and DeleteSnapshotGroup (OperationProgressSet).</summary>
internal static class SnapshotGroupActions
{
    private static readonly string[] Statuses = ["progressing", "accomplished", "failed"];

    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.EcsVersion, "DescribeSnapshotGroups", Describe);
        c.Add(ActionCatalog.EcsVersion, "DeleteSnapshotGroup", Delete);
    }

    private static object Describe(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var instanceId = ctx.P.Get("InstanceId");
        if (instanceId is not null) ctx.InstanceInRegion(region, instanceId);
        var name = ctx.P.Get("Name");
        var ids = ctx.P.RepeatList("SnapshotGroupId");
        var statuses = ctx.P.RepeatList("Status");
        if (statuses.Any(s => !Statuses.Contains(s)))
            throw new ApiException(403, "InvalidStatus.ValueNotSupported", "The specified Status is not supported.");
        var tags = ctx.P.KeyValueList("Tag");
        var size = ctx.P.Int("MaxResults", 1, 100, "InvalidParameter.MaxResults") ?? 10;
        var now = ctx.Now;
        var groups = ctx.State.SnapshotGroups.Values
            .Where(g => g.RegionId == region)
            .Where(g => instanceId is null || g.InstanceId == instanceId)
            .Where(g => name is null || g.Name == name)
            .Where(g => ids.Count == 0 || ids.Contains(g.SnapshotGroupId))
            .Where(g => statuses.Count == 0 || statuses.Contains(g.Status(now)))
            .Where(g => tags.All(t => g.Tags.Any(x => x.Key == t.Key && (t.Value.Length == 0 || x.Value == t.Value))))
            .OrderByDescending(g => g.CreationTime).ThenBy(g => g.SnapshotGroupId, StringComparer.Ordinal)
            .ToList();
        var page = Paging.TokenOnly(groups, ctx.P.Get("NextToken"), size);
        return new
        {
            page.NextToken,
            SnapshotGroups = Wrap.List("SnapshotGroup", page.Items.Select(g => new
            {
                g.SnapshotGroupId,
                g.Name,
                g.Description,
                Status = g.Status(now),
                CreationTime = WireFormat.Time(g.CreationTime),
                g.InstanceId,
                ResourceGroupId = "",
                ProgressStatus = (string?)null,
                Tags = Wrap.Tags(g.Tags, "Key", "Value"),
                Snapshots = Wrap.List("Snapshot", g.Snapshots.Select(s => new
                {
                    s.SnapshotId,
                    s.SourceDiskId,
                    s.SourceDiskType,
                    Progress = s.ProgressPercent(now) + "%",
                    Available = s.Status(now) == "accomplished" || (s.InstantAccess && !s.Failed),
                    s.InstantAccess,
                    s.InstantAccessRetentionDays,
                    Tags = Wrap.Tags(s.Tags, "Key", "Value"),
                })),
            })),
        };
    }

    private static object Delete(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var id = ctx.P.Required("SnapshotGroupId");
        if (!ctx.State.SnapshotGroups.TryGetValue(id, out var group) || group.RegionId != region)
            throw new ApiException(404, "InvalidSnapshotGroupId.NotFound", "The specified snapshot group does not exist.");
        ctx.State.SnapshotGroups.Remove(id);
        foreach (var s in group.Snapshots) ctx.State.Snapshots.Remove(s.SnapshotId);
        return new
        {
            OperationProgressSet = Wrap.List("OperationProgress", group.Snapshots.Select(s => new
            {
                OperationStatus = "Success",
                ErrorCode = "",
                ErrorMsg = "",
                RelatedItemSet = Wrap.List("RelatedItem", new[] { new { Name = "SnapshotId", Value = s.SnapshotId } }),
            })),
        };
    }
}
