using System.Text.Json.Nodes;
using EcsEmulator.Http;

namespace EcsEmulator.Actions.Ecs;

/// <summary>Attach/Detach/DescribeInstanceRamRole: InstanceIds is a JSON array string; per-instance results.</summary>
internal static class InstanceRamRoleActions
{
    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.EcsVersion, "AttachInstanceRamRole", Attach);
        c.Add(ActionCatalog.EcsVersion, "DetachInstanceRamRole", Detach);
        c.Add(ActionCatalog.EcsVersion, "DescribeInstanceRamRole", Describe);
    }

    private static object Attach(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var roleName = ctx.P.Required("RamRoleName");
        var ids = ctx.P.JsonStringArray("InstanceIds", "InvalidInstanceIds.Malformed") ?? throw ApiException.Missing("InstanceIds");
        var role = ctx.State.Roles.GetValueOrDefault(roleName)
            ?? throw new ApiException(404, "InvalidRamRole.NotFound", "The specified RAM role is not found.");
        if (!TrustsEcs(role.AssumeRolePolicyDocument))
            throw new ApiException(404, "InvalidRamRole.NotEcsRole", "The specified RAM role is not an ECS role.");
        var instances = ids.Select(id => ctx.InstanceInRegion(region, id)).ToList();
        var results = instances.Select(i =>
        {
            if (i.RamRoleName is not null)
                return new { i.InstanceId, Success = false, Code = "InvalidRamRole.Exist", Message = "The instance already has a RAM role." };
            i.RamRoleName = role.RoleName;
            return new { i.InstanceId, Success = true, Code = "200", Message = "success" };
        }).ToList();
        return new
        {
            RamRoleName = role.RoleName,
            TotalCount = results.Count,
            FailCount = results.Count(r => !r.Success),
            AttachInstanceRamRoleResults = Wrap.List("AttachInstanceRamRoleResult", results),
        };
    }

    private static object Detach(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var roleName = ctx.P.Get("RamRoleName");
        var ids = ctx.P.JsonStringArray("InstanceIds", "InvalidInstanceIds.Malformed") ?? throw ApiException.Missing("InstanceIds");
        var instances = ids.Select(id => ctx.InstanceInRegion(region, id)).ToList();
        var results = instances.Select(i =>
        {
            var had = i.RamRoleName;
            if (had is null || (roleName is not null && !string.Equals(had, roleName, StringComparison.OrdinalIgnoreCase)))
                return new { i.InstanceId, Success = false, Code = "InvalidRamRole.NotEqual", Message = "The instance does not carry the specified RAM role.", InstanceRamRoleSets = Wrap.List("InstanceRamRoleSet", Array.Empty<object>()) };
            i.RamRoleName = null;
            return new { i.InstanceId, Success = true, Code = "200", Message = "success", InstanceRamRoleSets = Wrap.List("InstanceRamRoleSet", new object[] { new { i.InstanceId, RamRoleName = had } }) };
        }).ToList();
        return new
        {
            RamRoleName = roleName ?? "",
            TotalCount = results.Count,
            FailCount = results.Count(r => !r.Success),
            DetachInstanceRamRoleResults = Wrap.List("DetachInstanceRamRoleResult", results),
        };
    }

    private static object Describe(ActionContext ctx)
    {
        var region = ctx.RegionId();
        var ids = ctx.P.JsonStringArray("InstanceIds", "InvalidInstanceIds.Malformed", maxCount: 50);
        var roleName = ctx.P.Get("RamRoleName");
        if (ids is null && roleName is null)
            throw new ApiException(403, "InvalidParameter.AllEmpty", "At least one of InstanceIds and RamRoleName must be specified.");
        ids?.ForEach(id => ctx.InstanceInRegion(region, id));
        var rows = ctx.State.Instances.Values
            .Where(i => i.RegionId == region && i.RamRoleName is not null)
            .Where(i => ids is null || ids.Contains(i.InstanceId))
            .Where(i => roleName is null || string.Equals(i.RamRoleName, roleName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.InstanceId, StringComparer.Ordinal)
            .Select(i => new { i.InstanceId, RamRoleName = i.RamRoleName! })
            .ToList();
        var page = Paging.Apply(rows, ctx.P, maxPageSize: 50);
        return new { RegionId = region, page.TotalCount, InstanceRamRoleSets = Wrap.List("InstanceRamRoleSet", page.Items) };
    }

    private static bool TrustsEcs(string trustPolicy)
    {
        try
        {
            var statements = JsonNode.Parse(trustPolicy)?["Statement"]?.AsArray() ?? [];
            return statements.Any(s => s?["Principal"]?["Service"] is { } service
                && (service is JsonArray a ? a.Any(x => x?.GetValue<string>() == "ecs.aliyuncs.com") : service.GetValue<string>() == "ecs.aliyuncs.com"));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
