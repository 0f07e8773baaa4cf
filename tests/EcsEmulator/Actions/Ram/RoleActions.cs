using System.Text.RegularExpressions;
using EcsEmulator.Http;
using EcsEmulator.State;

namespace EcsEmulator.Actions.Ram;

internal static partial class RoleActions
{
    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.RamVersion, "CreateRole", CreateRole);
        c.Add(ActionCatalog.RamVersion, "GetRole", GetRole);
        c.Add(ActionCatalog.RamVersion, "ListPoliciesForRole", ListPoliciesForRole);
        c.Add(ActionCatalog.RamVersion, "ListRoles", ListRoles);
    }

    private static object CreateRole(ActionContext ctx)
    {
        var name = ValidName(ctx.P.Required("RoleName"));
        var trust = ctx.P.Required("AssumeRolePolicyDocument");
        if (trust.Length > 2048) throw new ApiException(400, "InvalidParameter.AssumeRolePolicyDocument.Length", "The AssumeRolePolicyDocument is too long.");
        PolicyDocument.Validate(trust);
        var description = ctx.P.Get("Description") ?? "";
        if (description.Length > 1024) throw new ApiException(400, "InvalidParameter.Description.Length", "The Description is too long.");
        var maxSession = ctx.P.Long("MaxSessionDuration", 3600, 43200) ?? 3600;
        if (ctx.State.Roles.ContainsKey(name)) throw new ApiException(409, "EntityAlreadyExists.Role", "The role does already EXIST.");
        var role = new RamRole { RoleName = name, RoleId = ctx.State.Ids.Digits(19), AssumeRolePolicyDocument = trust, Description = description, MaxSessionDuration = maxSession, CreateDate = ctx.Now };
        ctx.State.Roles[name] = role;
        ctx.State.CountCreated("Role");
        return new { Role = RamViews.Role(role) };
    }

    private static object GetRole(ActionContext ctx) => new { Role = RamViews.Role(Find(ctx, ValidName(ctx.P.Required("RoleName")))) };

    /// <summary>Roles by name, MaxItems (1-1000, default 100) per page; Marker is the last name of the previous page.</summary>
    private static object ListRoles(ActionContext ctx)
    {
        var max = (int)(ctx.P.Long("MaxItems", 1, 1000) ?? 100);
        var marker = ctx.P.Get("Marker");
        var ordered = ctx.State.Roles.Values.OrderBy(r => r.RoleName, StringComparer.OrdinalIgnoreCase).ToList();
        var after = marker == null ? ordered : ordered.Where(r => StringComparer.OrdinalIgnoreCase.Compare(r.RoleName, marker) > 0).ToList();
        var page = after.Take(max).ToList();
        var truncated = after.Count > page.Count;
        return new
        {
            Roles = Wrap.List("Role", page.Select(RamViews.Role)),
            IsTruncated = truncated,
            Marker = truncated ? page[^1].RoleName : null,
        };
    }

    private static object ListPoliciesForRole(ActionContext ctx)
    {
        var role = Find(ctx, ctx.P.Required("RoleName"));
        return new
        {
            Policies = Wrap.List("Policy", role.Policies.Select(p =>
            {
                var policy = ctx.State.Policies[p.PolicyName];
                return new { policy.PolicyName, policy.PolicyType, policy.Description, DefaultVersion = "v1", AttachDate = Infrastructure.WireFormat.Time(p.AttachDate) };
            })),
        };
    }

    internal static RamRole Find(ActionContext ctx, string name) =>
        ctx.State.Roles.GetValueOrDefault(name) ?? throw new ApiException(404, "EntityNotExist.Role", $"The role does not exist: {name}.");

    private static string ValidName(string name)
    {
        if (name.Length > 64) throw new ApiException(400, "InvalidParameter.RoleName.Length", "The RoleName is too long.");
        if (!RoleNamePattern().IsMatch(name)) throw new ApiException(400, "InvalidParameter.RoleName.InvalidChars", "The RoleName contains invalid characters.");
        return name;
    }

    [GeneratedRegex("^[A-Za-z0-9.@-]+$")]
    private static partial Regex RoleNamePattern();
}
