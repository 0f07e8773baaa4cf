using System.Text;
using EcsEmulator.CloudAssistant;
using EcsEmulator.Http;

namespace EcsEmulator.Actions.Ecs;

internal static class RunCommandAction
{
    private static readonly string[] Types = ["RunShellScript", "RunBatScript", "RunPowerShellScript"];

    public static void Register(ActionCatalog c) => c.Add(ActionCatalog.EcsVersion, "RunCommand", Run);

    private static object Run(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var token = ClientTokens.Of(ctx.P);
        if (ctx.State.RunCommandTokens.Replay(token, ctx.P) is { } earlier)
        {
            var original = ctx.State.Invocations[earlier];
            return new { original.CommandId, original.InvokeId };
        }

        var type = ctx.P.Required("Type");
        if (!Types.Contains(type)) throw new ApiException(403, "InvalidCmdType.NotFound", "The specified command type does not exist.");
        var rawContent = ctx.P.Required("CommandContent");
        var base64 = string.Equals(ctx.P.Get("ContentEncoding"), "Base64", StringComparison.OrdinalIgnoreCase);
        var content = base64 ? DecodeBase64(rawContent) : rawContent;
        var keep = ctx.P.Bool("KeepCommand") ?? false;
        var encodedSize = (base64 ? rawContent.Length : Convert.ToBase64String(Encoding.UTF8.GetBytes(content)).Length) + (ctx.P.Get("Parameters")?.Length ?? 0);
        if (encodedSize > (keep ? 18 : 24) * 1024)
            throw new ApiException(403, "CmdContent.ExceedLimit", "The length of the command content exceeds the upper limit.");
        var name = ctx.P.Get("Name") ?? "";
        if (name.Length > 128) throw new ApiException(403, "CmdName.ExceedLimit", "The length of the command name exceeds the upper limit.");
        var description = ctx.P.Get("Description") ?? "";
        if (description.Length > 512) throw new ApiException(403, "CmdDesc.ExceedLimit", "The length of the command description exceeds the upper limit.");
        var timeout = ctx.P.Long("Timeout", 1, 86400) ?? 60;

        var ids = ctx.P.RepeatList("InstanceId");
        if (ids.Count == 0) throw new ApiException(400, "MissingParam.InstanceId", "The parameter InstanceId is missing.");
        if (ids.Count > 100) throw new ApiException(403, "InstanceIds.ExceedLimit", "The number of instances exceeds the upper limit.");
        var instances = ids.Distinct().Select(id => ctx.InstanceInRegion(region, id, "InvalidInstance.NotFound")).ToList();
        foreach (var i in instances)
        {
            var typeFits = i.IsWindows ? type != "RunShellScript" : type == "RunShellScript";
            if (!i.CloudAssistantHealthy || !typeFits)
                throw new ApiException(403, "InvalidInstance.NotMatch", $"The specified instance \"{i.InstanceId}\" is not running, has no running Cloud Assistant, or does not fit the command type.");
        }

        var invocation = new Invocation
        {
            InvokeId = ctx.State.Ids.Next("t-"), CommandId = ctx.State.Ids.Next("c-"), RegionId = region, CommandName = name.Length > 0 ? name : "RunCommand",
            CommandType = type, CommandDescription = description, CommandContent = content, Timeout = timeout, CreationTime = ctx.Now,
            Username = ctx.P.Get("Username") ?? (instances[0].IsWindows ? "System" : "root"),
            WorkingDir = ctx.P.Get("WorkingDir") ?? (instances[0].IsWindows ? "C:\\Windows\\system32" : "/root"),
            Parameters = ctx.P.Get("Parameters") ?? "{}",
        };
        invocation.Tags.AddRange(ctx.P.KeyValueList("Tag"));
        InvocationScheduler.Dispatch(ctx.State, invocation, instances);
        ctx.State.Invocations[invocation.InvokeId] = invocation;
        ctx.State.CountCreated("Invocation");
        ctx.State.RunCommandTokens.Remember(token, ctx.P, invocation.InvokeId);
        return new { invocation.CommandId, invocation.InvokeId };
    }

    private static string DecodeBase64(string raw)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(raw));
        }
        catch (FormatException)
        {
            throw new ApiException(400, "InvalidParameter.CommandContent", "The CommandContent is not valid Base64.");
        }
    }
}
