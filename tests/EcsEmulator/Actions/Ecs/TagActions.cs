using EcsEmulator.Http;

namespace EcsEmulator.Actions.Ecs;

/// <summary>ListTagResources for instance, disk and snapshot resources: one row per (resource, tag).</summary>
internal static class TagActions
{
    private const int PageSize = 50;

    public static void Register(ActionCatalog c) => c.Add(ActionCatalog.EcsVersion, "ListTagResources", List);

    private static object List(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var type = ctx.P.Get("ResourceType") ?? throw new ApiException(404, "MissingParameter.ResourceType", "ResourceType is mandatory for this action.");
        var ids = ctx.P.RepeatList("ResourceId");
        if (ids.Count > 50) throw new ApiException(400, "NumberExceed.ResourceIds", "The maximum number of ResourceIds is exceeded.");
        var tags = ctx.P.KeyValueList("Tag");
        if (tags.Count > 20) throw new ApiException(400, "NumberExceed.Tags", "The maximum number of Tags is exceeded.");
        if (ids.Count == 0 && tags.Count == 0)
            throw new ApiException(403, "BothEmpty.TagsAndResources", "The specified Tags and ResourceIds are not allowed to be both empty.");

        IEnumerable<(string Id, IEnumerable<KeyValuePair<string, string>> Tags)> resources = type switch
        {
            "instance" => ctx.State.Instances.Values.Where(i => i.RegionId == region).Select(i => (i.InstanceId, (IEnumerable<KeyValuePair<string, string>>)i.Tags)),
            "snapshot" => ctx.State.Snapshots.Values.Where(s => s.RegionId == region).Select(s => (s.SnapshotId, (IEnumerable<KeyValuePair<string, string>>)s.Tags)),
            "disk" => ctx.State.Disks.Values.Where(d => d.RegionId == region).Select(d => (d.DiskId, Enumerable.Empty<KeyValuePair<string, string>>())),
            _ => throw new ApiException(404, "InvalidResourceType.NotFound", "The specified ResourceType is not found."),
        };
        var rows = resources
            .Where(r => ids.Count == 0 || ids.Contains(r.Id))
            .Where(r => tags.All(t => r.Tags.Any(x => x.Key == t.Key && (t.Value.Length == 0 || x.Value == t.Value))))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .SelectMany(r => r.Tags.Select(t => new { ResourceId = r.Id, ResourceType = type, TagKey = t.Key, TagValue = t.Value }))
            .ToList();
        var page = Paging.TokenOnly(rows, ctx.P.Get("NextToken"), PageSize);
        return new { page.NextToken, TagResources = Wrap.List("TagResource", page.Items) };
    }
}
