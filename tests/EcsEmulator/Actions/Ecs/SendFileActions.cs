using System.Text;
using System.Text.RegularExpressions;
using EcsEmulator.CloudAssistant;
using EcsEmulator.Http;
using EcsEmulator.Infrastructure;
using EcsEmulator.State;

namespace EcsEmulator.Actions.Ecs;

/// <summary>SendFile writes into each instance's simulated file system when its delivery finishes; DescribeSendFileResults reports it.</summary>
internal static partial class SendFileActions
{
    private static readonly TimeSpan NominalDelivery = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan NominalTransfer = TimeSpan.FromMilliseconds(600);

    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.EcsVersion, "SendFile", SendFile);
        c.Add(ActionCatalog.EcsVersion, "DescribeSendFileResults", Describe);
    }

    private static object SendFile(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var token = ClientTokens.Of(ctx.P);
        if (ctx.State.SendFileTokens.Replay(token, ctx.P) is { } earlier) return new { InvokeId = earlier };
        var name = ctx.P.Required("Name");
        var targetDir = ctx.P.Required("TargetDir");
        var content = ctx.P.Get("Content") ?? throw ApiException.Missing("Content");
        if (name.Length > 255) throw new ApiException(403, "FileName.ExceedLimit", "The length of the file name exceeds the upper limit.");
        if (targetDir.Length > 255) throw new ApiException(403, "FileTargetDir.Invalid", "The target directory is not valid.");
        var description = ctx.P.Get("Description") ?? "";
        if (description.Length > 512) throw new ApiException(403, "FileDesc.ExceedLimit", "The length of the file description exceeds the upper limit.");
        var contentType = ctx.P.Get("ContentType") ?? "PlainText";
        if (!contentType.Equals("PlainText", StringComparison.OrdinalIgnoreCase) && !contentType.Equals("Base64", StringComparison.OrdinalIgnoreCase))
            throw new ApiException(403, "FileContentType.Invalid", "The specified content type is not valid.");
        var isBase64 = contentType.Equals("Base64", StringComparison.OrdinalIgnoreCase);
        string text;
        try { text = isBase64 ? Encoding.UTF8.GetString(Convert.FromBase64String(content)) : content; }
        catch (FormatException) { throw new ApiException(403, "FileContent.DecodeError", "The file content cannot be decoded from Base64."); }
        var encodedLength = isBase64 ? content.Length : Convert.ToBase64String(Encoding.UTF8.GetBytes(content)).Length;
        if (encodedLength > 32 * 1024) throw new ApiException(403, "FileSize.ExceedLimit", "The size of the file exceeds the upper limit (32 KB after Base64 encoding).");
        var mode = ctx.P.Get("FileMode") ?? "0644";
        if (!FileModePattern().IsMatch(mode)) throw new ApiException(403, "FileMode.Invalid", "The specified file mode is not valid.");
        var owner = ctx.P.Get("FileOwner") ?? "root";
        var group = ctx.P.Get("FileGroup") ?? "root";
        var overwrite = ctx.P.Bool("Overwrite") ?? false;
        ctx.P.Long("Timeout", 1, 86400);

        var ids = ctx.P.RepeatList("InstanceId");
        if (ids.Count == 0) throw new ApiException(400, "MissingParam.InstanceId", "The parameter InstanceId is missing.");
        if (ids.Count > 50) throw new ApiException(403, "InstanceIds.ExceedLimit", "The number of instances exceeds the upper limit.");
        var instances = ids.Distinct().Select(id => ctx.InstanceInRegion(region, id, "InvalidInstance.NotFound")).ToList();
        foreach (var i in instances.Where(i => !i.CloudAssistantHealthy))
            throw new ApiException(403, "InvalidInstance.NotMatch", $"The specified instance \"{i.InstanceId}\" is not running or has no running Cloud Assistant.");

        var task = new SendFileTask
        {
            InvokeId = ctx.State.Ids.Next("f-"), RegionId = region, Name = name, Description = description, Content = content,
            ContentType = isBase64 ? "Base64" : "PlainText", TargetDir = targetDir, FileOwner = owner, FileGroup = group, FileMode = mode,
            Overwrite = overwrite, CreationTime = ctx.Now,
        };
        task.Tags.AddRange(ctx.P.KeyValueList("Tag"));
        foreach (var instance in instances)
        {
            var target = new InvocationTarget
            {
                InstanceId = instance.InstanceId, CreationTime = ctx.Now, StartTime = ctx.Now + ctx.State.Scaled(NominalDelivery),
                PlannedFinishTime = ctx.Now + ctx.State.Scaled(NominalDelivery + NominalTransfer),
            };
            task.Targets.Add(target);
            ScheduleDelivery(ctx.State, instance, task, target);
        }
        ctx.State.SendFileTasks[task.InvokeId] = task;
        ctx.State.SendFileTokens.Remember(token, ctx.P, task.InvokeId);
        ctx.State.CountCreated("SendFile");
        return new { task.InvokeId };
    }

    /// <summary>At SendFile, and again for every undelivered target when a saved state is loaded.</summary>
    public static void ScheduleDelivery(EmulatorState state, Instance instance, SendFileTask task, InvocationTarget target) =>
        state.Events.Schedule(target.PlannedFinishTime, () => Deliver(state, instance, task, target, TextOf(task)));

    private static string TextOf(SendFileTask task) =>
        task.ContentType == "Base64" ? Encoding.UTF8.GetString(Convert.FromBase64String(task.Content)) : task.Content;

    private static void Deliver(EmulatorState state, Instance instance, SendFileTask task, InvocationTarget target, string text)
    {
        target.FinishTime = target.PlannedFinishTime;
        var path = FilePath(instance.IsWindows, task.TargetDir, task.Name);
        if (instance.Files.ContainsKey(path) && !task.Overwrite)
        {
            target.FinalStatus = "Failed";
            target.ErrorCode = "FileAlreadyExists";
            target.ErrorInfo = "the file already exists";
            return;
        }
        // Owner, group and mode are Linux concepts; Windows files get none.
        instance.Files[path] = instance.IsWindows
            ? new SimulatedFile(path, text, "", "", "", target.PlannedFinishTime)
            : new SimulatedFile(path, text, task.FileOwner, task.FileGroup, task.FileMode, target.PlannedFinishTime);
        target.FinalStatus = "Success";
        state.CountCreated("File");
    }

    internal static string FilePath(bool windows, string dir, string name)
    {
        var separator = windows ? '\\' : '/';
        return dir.TrimEnd('/', '\\') + separator + name;
    }

    private static object Describe(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var invokeId = ctx.P.Get("InvokeId");
        var name = ctx.P.Get("Name");
        var instanceId = ctx.P.Get("InstanceId");
        var status = ctx.P.Get("InvocationStatus");
        var tags = ctx.P.KeyValueList("Tag");
        var now = ctx.Now;
        var list = ctx.State.SendFileTasks.Values
            .Where(t => t.RegionId == region)
            .Where(t => invokeId is null || t.InvokeId == invokeId)
            .Where(t => name is null || t.Name == name)
            .Where(t => instanceId is null || t.Targets.Any(x => x.InstanceId == instanceId))
            .Where(t => status is null || t.InvocationStatus(now) == status)
            .Where(t => tags.All(f => t.Tags.Any(x => x.Key == f.Key && (f.Value.Length == 0 || x.Value == f.Value))))
            .OrderByDescending(t => t.CreationTime).ThenBy(t => t.InvokeId, StringComparer.Ordinal)
            .ToList();
        var page = Paging.Apply(list, ctx.P, maxPageSize: 50, pageNumberCode: "InvalidParam.PageNumber", pageSizeCode: "InvalidParam.PageSize", maxResultsMax: 50);
        return new
        {
            page.TotalCount,
            page.PageNumber,
            page.PageSize,
            page.NextToken,
            Invocations = Wrap.List("Invocation", page.Items.Select(t => new
            {
                t.InvokeId,
                t.Name,
                t.Description,
                t.Content,
                t.ContentType,
                t.TargetDir,
                t.FileOwner,
                t.FileGroup,
                t.FileMode,
                Overwrite = t.Overwrite,
                VmCount = t.Targets.Count,
                CreationTime = WireFormat.Time(t.CreationTime),
                InvocationStatus = t.InvocationStatus(now),
                Tags = Wrap.Tags(t.Tags),
                InvokeInstances = Wrap.List("InvokeInstance", t.Targets.Where(x => instanceId is null || x.InstanceId == instanceId).Select(x => new
                {
                    x.InstanceId,
                    InvocationStatus = x.Status(now),
                    CreationTime = WireFormat.Time(x.CreationTime),
                    StartTime = now >= x.StartTime ? WireFormat.Time(x.StartTime) : null,
                    FinishTime = WireFormat.Time(x.FinishTime),
                    UpdateTime = WireFormat.Time(x.FinishTime ?? x.CreationTime),
                    x.ErrorCode,
                    x.ErrorInfo,
                })),
            })),
        };
    }

    [GeneratedRegex("^0?[0-7]{3}$")]
    private static partial Regex FileModePattern();
}
