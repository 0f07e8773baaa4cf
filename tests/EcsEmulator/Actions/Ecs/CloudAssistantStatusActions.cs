using EcsEmulator.Http;
using EcsEmulator.Infrastructure;

namespace EcsEmulator.Actions.Ecs;

internal static class CloudAssistantStatusActions
{
    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.EcsVersion, "DescribeCloudAssistantStatus", Describe);
        c.Add(ActionCatalog.EcsVersion, "InstallCloudAssistant", Install);
    }

    private static object Describe(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var ids = ctx.P.RepeatList("InstanceId");
        if (ids.Count > 100) throw new ApiException(403, "InstanceIds.ExceedLimit", "The number of instances exceeds the upper limit.");
        ids.ForEach(id => ctx.InstanceInRegion(region, id, "InvalidInstance.NotFound"));
        var osType = ctx.P.Get("OSType");
        var rows = ctx.State.Instances.Values
            .Where(i => i.RegionId == region)
            .Where(i => ids.Count == 0 || ids.Contains(i.InstanceId))
            .Where(i => osType is null || string.Equals(i.OSType, osType, StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
            .ToList();
        var page = ids.Count > 0 ? new Page<State.Instance>(rows, rows.Count, 1, rows.Count, "") : Paging.Apply(rows, ctx.P, maxPageSize: 50, maxResultsMax: 50);
        return new
        {
            page.TotalCount,
            page.PageNumber,
            page.PageSize,
            page.NextToken,
            InstanceCloudAssistantStatusSet = Wrap.List("InstanceCloudAssistantStatus", page.Items.Select(i => new
            {
                i.InstanceId,
                CloudAssistantStatus = i.CloudAssistantHealthy ? "true" : "false",
                CloudAssistantVersion = i.CloudAssistantInstalled ? i.CloudAssistantVersion : "",
                OSType = i.IsWindows ? "Windows" : "Linux",
                LastHeartbeatTime = i.CloudAssistantHealthy ? WireFormat.Time(ctx.Now.AddSeconds(-30)) : "",
                LastInvokedTime = WireFormat.Time(i.LastInvokedTime) ?? "",
                ActiveTaskCount = ctx.State.Invocations.Values.Sum(inv => inv.Targets.Count(t => t.InstanceId == i.InstanceId && !t.IsFinal)),
                InvocationCount = (long)i.InvocationCount,
                SupportSessionManager = i.CloudAssistantInstalled,
            })),
        };
    }

    /// <summary>Takes effect at the next start of the instance, as documented (reboot required).</summary>
    private static object Install(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var ids = ctx.P.RepeatList("InstanceId");
        if (ids.Count == 0) throw new ApiException(400, "MissingParam.InstanceId", "The parameter InstanceId is missing.");
        if (ids.Count > 50) throw new ApiException(403, "InstanceIds.ExceedLimit", "The number of instances exceeds the upper limit.");
        foreach (var i in ids.Select(id => ctx.InstanceInRegion(region, id, "InvalidInstance.NotFound")).ToList())
            if (!i.CloudAssistantInstalled) i.CloudAssistantPendingInstall = true;
        return new { };
    }
}
