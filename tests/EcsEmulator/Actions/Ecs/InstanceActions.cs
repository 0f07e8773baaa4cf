using System.Text.RegularExpressions;
using EcsEmulator.Http;

namespace EcsEmulator.Actions.Ecs;

internal static class InstanceActions
{
    private static readonly string[] Statuses = ["Pending", "Running", "Starting", "Stopping", "Stopped"];

    public static void Register(ActionCatalog c) => c.Add(ActionCatalog.EcsVersion, "DescribeInstances", DescribeInstances);

    private static object DescribeInstances(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var ids = ctx.P.JsonStringArray("InstanceIds", "InvalidInstanceIds.Malformed");
        var status = ctx.P.Get("Status");
        if (status is not null && !Statuses.Contains(status))
            throw new ApiException(404, "InvalidStatus.NotFound", "The specified Status is not found.");
        var name = ctx.P.Get("InstanceName");
        var nameMatcher = name is null ? null : new Regex("^" + Regex.Escape(name).Replace("\\*", ".*") + "$");
        var tags = ctx.P.KeyValueList("Tag");
        var zone = ctx.P.Get("ZoneId");

        var matches = ctx.State.Instances.Values
            .Where(i => i.RegionId == region)
            .Where(i => ids is null || ids.Contains(i.InstanceId))
            .Where(i => status is null || i.Status == status)
            .Where(i => zone is null || i.ZoneId == zone)
            .Where(i => nameMatcher is null || nameMatcher.IsMatch(i.InstanceName))
            .Where(i => tags.All(t => i.Tags.TryGetValue(t.Key, out var v) && (t.Value.Length == 0 || v == t.Value)))
            .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
            .ToList();
        var page = Paging.Apply(matches, ctx.P);
        return new
        {
            page.TotalCount,
            page.PageNumber,
            page.PageSize,
            page.NextToken,
            Instances = Wrap.List("Instance", page.Items.Select(InstanceView.Of)),
        };
    }
}
