using System.Text;
using System.Text.RegularExpressions;
using EcsEmulator.Http;
using EcsEmulator.Infrastructure;
using EcsEmulator.State;

namespace EcsEmulator.Actions.Ram;

internal static partial class PolicyActions
{
    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.RamVersion, "CreatePolicy", CreatePolicy);
        c.Add(ActionCatalog.RamVersion, "GetPolicy", GetPolicy);
        c.Add(ActionCatalog.RamVersion, "AttachPolicyToRole", AttachPolicyToRole);
    }

    private static object CreatePolicy(ActionContext ctx)
    {
        var name = ValidName(ctx.P.Required("PolicyName"));
        var document = ctx.P.Required("PolicyDocument");
        if (Encoding.UTF8.GetByteCount(document) > 2048) throw new ApiException(400, "InvalidParameter.PolicyDocument.Length", "The PolicyDocument is too long.");
        PolicyDocument.Validate(document);
        var description = ctx.P.Get("Description") ?? "";
        if (description.Length > 1024) throw new ApiException(400, "InvalidParameter.Description.Length", "The Description is too long.");
        if (ctx.State.Policies.ContainsKey(name)) throw new ApiException(409, "EntityAlreadyExists.Policy", "The policy does already EXIST.");
        var policy = new RamPolicy { PolicyName = name, PolicyType = "Custom", PolicyDocument = document, Description = description, CreateDate = ctx.Now };
        ctx.State.Policies[name] = policy;
        ctx.State.CountCreated("Policy");
        return new { Policy = new { policy.PolicyName, policy.PolicyType, policy.Description, DefaultVersion = "v1", CreateDate = WireFormat.Time(policy.CreateDate) } };
    }

    private static object GetPolicy(ActionContext ctx)
    {
        var name = ValidName(ctx.P.Required("PolicyName"));
        var type = PolicyType(ctx);
        var policy = Find(ctx, name, type);
        var attachments = ctx.State.Roles.Values.Count(r => r.Policies.Any(p => p.PolicyName == name));
        return new
        {
            Policy = new
            {
                policy.PolicyName, policy.PolicyType, policy.Description, DefaultVersion = "v1", AttachmentCount = attachments,
                CreateDate = WireFormat.Time(policy.CreateDate), UpdateDate = WireFormat.Time(policy.CreateDate), policy.PolicyDocument,
            },
            DefaultPolicyVersion = new { VersionId = "v1", IsDefaultVersion = true, policy.PolicyDocument, CreateDate = WireFormat.Time(policy.CreateDate) },
        };
    }

    private static object AttachPolicyToRole(ActionContext ctx)
    {
        var type = PolicyType(ctx);
        var name = ctx.P.Required("PolicyName");
        var role = RoleActions.Find(ctx, ctx.P.Required("RoleName"));
        var policy = Find(ctx, name, type);
        if (role.Policies.Any(p => p.PolicyName == policy.PolicyName))
            throw new ApiException(409, "EntityAlreadyExists.Role.Policy", "The policy has already been attached to the role.");
        role.Policies.Add((policy.PolicyType, policy.PolicyName, ctx.Now));
        return new { };
    }

    private static string PolicyType(ActionContext ctx)
    {
        var type = ctx.P.Required("PolicyType");
        return type is "System" or "Custom" ? type : throw new ApiException(400, "InvalidParameter.PolicyType", "PolicyType must be System or Custom.");
    }

    private static RamPolicy Find(ActionContext ctx, string name, string type) =>
        ctx.State.Policies.TryGetValue(name, out var p) && p.PolicyType == type
            ? p : throw new ApiException(404, "EntityNotExist.Policy", $"The policy does not exist: {name}.");

    private static string ValidName(string name)
    {
        if (name.Length > 128) throw new ApiException(400, "InvalidParameter.PolicyName.Length", "The PolicyName is too long.");
        if (!PolicyNamePattern().IsMatch(name)) throw new ApiException(400, "InvalidParameter.PolicyName.InvalidChars", "The PolicyName contains invalid characters.");
        return name;
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex PolicyNamePattern();
}
