using System.Text;
using EcsEmulator.CloudAssistant;
using EcsEmulator.Http;
using EcsEmulator.Infrastructure;

namespace EcsEmulator.Actions.Ecs;

/// <summary>DescribeInvocations (task view, FinishTime), DescribeInvocationResults (per instance, FinishedTime), StopInvocation.</summary>
internal static class InvocationActions
{
    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.EcsVersion, "DescribeInvocations", DescribeInvocations);
        c.Add(ActionCatalog.EcsVersion, "DescribeInvocationResults", DescribeInvocationResults);
        c.Add(ActionCatalog.EcsVersion, "StopInvocation", StopInvocation);
    }

    private static object DescribeInvocations(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var invokeId = ctx.P.Get("InvokeId");
        var instanceId = ctx.P.Get("InstanceId");
        var commandType = ctx.P.Get("CommandType");
        var includeOutput = ctx.P.Bool("IncludeOutput") ?? false;
        var plain = IsPlainText(ctx.P);
        var status = ctx.P.Get("InvokeStatus");
        var tags = ctx.P.KeyValueList("Tag");
        var now = ctx.Now;
        var list = ctx.State.Invocations.Values
            .Where(i => i.RegionId == region)
            .Where(i => invokeId is null || i.InvokeId == invokeId)
            .Where(i => ctx.P.Get("CommandId") is not { } cid || i.CommandId == cid)
            .Where(i => commandType is null || i.CommandType == commandType)
            .Where(i => instanceId is null || i.Targets.Any(t => t.InstanceId == instanceId))
            .Where(i => status is null || instanceId is not null || i.InvokeStatus(now) == status || i.InvocationStatus(now) == status)
            .Where(i => tags.All(t => i.Tags.Any(x => x.Key == t.Key && (t.Value.Length == 0 || x.Value == t.Value))))
            .OrderByDescending(i => i.CreationTime).ThenBy(i => i.InvokeId, StringComparer.Ordinal)
            .ToList();
        var page = Paging.Apply(list, ctx.P, maxPageSize: 50, pageNumberCode: "InvalidParam.PageNumber", pageSizeCode: "InvalidParam.PageSize", maxResultsMax: 50);
        return new
        {
            page.TotalCount,
            page.PageNumber,
            page.PageSize,
            page.NextToken,
            Invocations = Wrap.List("Invocation", page.Items.Select(i => new
            {
                i.InvokeId,
                i.CommandId,
                i.CommandName,
                i.CommandType,
                i.CommandDescription,
                CommandContent = Encode(i.CommandContent, plain),
                InvocationStatus = i.InvocationStatus(now),
                InvokeStatus = i.InvokeStatus(now),
                CreationTime = WireFormat.Time(i.CreationTime),
                Frequency = "",
                RepeatMode = "Once",
                Timed = false,
                i.Timeout,
                i.Parameters,
                i.Username,
                i.WorkingDir,
                ContainerId = "",
                ContainerName = "",
                TerminationMode = "Process",
                Launcher = "",
                Tags = Wrap.Tags(i.Tags),
                InvokeInstances = Wrap.List("InvokeInstance", i.Targets.Where(t => instanceId is null || t.InstanceId == instanceId).Select(t => new
                {
                    t.InstanceId,
                    InvocationStatus = t.Status(now),
                    InstanceInvokeStatus = t.LegacyStatus(now),
                    t.ExitCode,
                    Output = includeOutput ? Encode(t.Output, plain) : "",
                    Dropped = 0,
                    t.ErrorCode,
                    t.ErrorInfo,
                    Repeats = t.Status(now) == "Pending" ? 0 : 1,
                    CreationTime = WireFormat.Time(t.CreationTime),
                    StartTime = now >= t.StartTime && t.FinalStatus != "Cancelled" ? WireFormat.Time(t.StartTime) : null,
                    FinishTime = WireFormat.Time(t.FinishTime),
                    StopTime = WireFormat.Time(t.StopTime),
                    UpdateTime = WireFormat.Time(t.FinishTime ?? (now >= t.StartTime ? t.StartTime : t.CreationTime)),
                    Timed = false,
                })),
            })),
        };
    }

    private static object DescribeInvocationResults(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var invokeId = ctx.P.Get("InvokeId");
        var instanceId = ctx.P.Get("InstanceId");
        var commandId = ctx.P.Get("CommandId");
        var recordStatus = ctx.P.Get("InvokeRecordStatus");
        var plain = IsPlainText(ctx.P);
        var now = ctx.Now;
        var rows = ctx.State.Invocations.Values
            .Where(i => i.RegionId == region)
            .Where(i => invokeId is null || i.InvokeId == invokeId)
            .Where(i => commandId is null || i.CommandId == commandId)
            .Where(i => recordStatus is null || i.InvokeStatus(now) == recordStatus)
            .OrderByDescending(i => i.CreationTime).ThenBy(i => i.InvokeId, StringComparer.Ordinal)
            .SelectMany(i => i.Targets.Where(t => instanceId is null || t.InstanceId == instanceId).Select(t => (Invocation: i, Target: t)))
            .ToList();
        var page = Paging.Apply(rows, ctx.P, maxPageSize: 50, pageNumberCode: "InvalidParam.PageNumber", pageSizeCode: "InvalidParam.PageSize", maxResultsMax: 50);
        return new
        {
            Invocation = new
            {
                page.TotalCount,
                page.PageNumber,
                page.PageSize,
                page.NextToken,
                InvocationResults = Wrap.List("InvocationResult", page.Items.Select(r => new
                {
                    r.Invocation.InvokeId,
                    r.Invocation.CommandId,
                    r.Target.InstanceId,
                    InvocationStatus = r.Target.Status(now),
                    InvokeRecordStatus = r.Invocation.InvokeStatus(now),
                    r.Target.ExitCode,
                    Output = Encode(r.Target.Output, plain),
                    Dropped = 0,
                    r.Target.ErrorCode,
                    r.Target.ErrorInfo,
                    Repeats = r.Target.Status(now) == "Pending" ? 0 : 1,
                    StartTime = now >= r.Target.StartTime && r.Target.FinalStatus != "Cancelled" ? WireFormat.Time(r.Target.StartTime) : null,
                    FinishedTime = WireFormat.Time(r.Target.FinishTime),
                    StopTime = WireFormat.Time(r.Target.StopTime),
                    r.Invocation.Username,
                    ContainerId = "",
                    ContainerName = "",
                    TerminationMode = "Process",
                    Launcher = "",
                    Tags = Wrap.Tags(r.Invocation.Tags),
                })),
            },
        };
    }

    private static object StopInvocation(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var invokeId = ctx.P.Required("InvokeId");
        if (!ctx.State.Invocations.TryGetValue(invokeId, out var invocation) || invocation.RegionId != region)
            throw new ApiException(404, "InvalidInvokeId.NotFound", "The specified invoke ID does not exist.");
        var ids = ctx.P.RepeatList("InstanceId");
        foreach (var target in invocation.Targets.Where(t => ids.Count == 0 || ids.Contains(t.InstanceId)))
            InvocationScheduler.Stop(target, ctx.Now);
        return new { };
    }

    private static bool IsPlainText(ApiParameters p) => string.Equals(p.Get("ContentEncoding"), "PlainText", StringComparison.OrdinalIgnoreCase);

    private static string Encode(string text, bool plain) => plain ? text : Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
