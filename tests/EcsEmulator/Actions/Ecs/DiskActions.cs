using EcsEmulator.Http;
using EcsEmulator.Infrastructure;

namespace EcsEmulator.Actions.Ecs;

internal static class DiskActions
{
    private static readonly string[] DiskTypes = ["all", "system", "data"];

    public static void Register(ActionCatalog c) => c.Add(ActionCatalog.EcsVersion, "DescribeDisks", DescribeDisks);

    private static object DescribeDisks(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var ids = ctx.P.JsonStringArray("DiskIds", "InvalidDiskIds.Malformed", 403);
        var instanceId = ctx.P.Get("InstanceId");
        var diskType = ctx.P.Get("DiskType") ?? "all";
        if (!DiskTypes.Contains(diskType)) throw new ApiException(400, "InvalidDiskType.ValueNotSupported", "The specified DiskType is not supported.");
        var category = ctx.P.Get("Category") ?? "all";
        var disks = ctx.State.Disks.Values
            .Where(d => d.RegionId == region)
            .Where(d => ids is null || ids.Contains(d.DiskId))
            .Where(d => instanceId is null || d.InstanceId == instanceId)
            .Where(d => diskType == "all" || d.Type == diskType)
            .Where(d => category == "all" || d.Category == category)
            .OrderBy(d => d.DiskId, StringComparer.Ordinal)
            .ToList();
        var page = Paging.Apply(disks, ctx.P, maxResultsMax: 500);
        return new
        {
            page.TotalCount,
            page.PageNumber,
            page.PageSize,
            page.NextToken,
            Disks = Wrap.List("Disk", page.Items.Select(d => new
            {
                d.DiskId,
                DiskName = d.DiskId,
                Description = "",
                d.Type,
                d.Category,
                PerformanceLevel = d.IsEssdFamily ? "PL1" : "",
                d.Size,
                Status = d.InstanceId is null ? "Available" : "In_use",
                InstanceId = d.MultiAttach ? "" : d.InstanceId ?? "",
                Device = d.MultiAttach ? "" : d.Device,
                d.RegionId,
                d.ZoneId,
                CreationTime = WireFormat.Time(d.CreationTime),
                AttachedTime = WireFormat.Time(d.CreationTime),
                DiskChargeType = "PostPaid",
                Portable = d.Type == "data",
                DeleteWithInstance = true,
                Encrypted = false,
                SourceSnapshotId = d.SourceSnapshotId ?? "",
                MultiAttach = d.MultiAttach ? "Enabled" : "Disabled",
                Attachments = Wrap.List("Attachment", d.InstanceId is null ? [] : new[] { new { d.InstanceId, d.Device, AttachedTime = WireFormat.Time(d.CreationTime) } }),
                OperationLocks = Wrap.List("OperationLock", Array.Empty<object>()),
                Tags = Wrap.Tags([]),
            })),
        };
    }
}
