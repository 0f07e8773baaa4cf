using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcsEmulator.Http;
using EcsEmulator.Infrastructure;
using EcsEmulator.State;

namespace EcsEmulator.Actions.Sts;

/// <summary>
/// AssumeRole issues STS.* keys and a SecurityToken that authenticate until Expiration (emulator clock).
/// The built-in key belongs to the RAM user "emulator-admin"; a role must trust the account (RAM principal) to be assumed.
/// </summary>
internal static partial class StsActions
{
    public const string UserName = "emulator-admin";
    public const string UserId = "208012345678901234";

    public static void Register(ActionCatalog c)
    {
        c.Add(ActionCatalog.StsVersion, "AssumeRole", AssumeRole);
        c.Add(ActionCatalog.StsVersion, "GetCallerIdentity", GetCallerIdentity);
    }

    private static object AssumeRole(ActionContext ctx)
    {
        var arn = ctx.P.Required("RoleArn");
        var session = ctx.P.Required("RoleSessionName");
        if (!SessionNamePattern().IsMatch(session)) throw new ApiException(400, "InvalidParameter.RoleSessionName", "The parameter RoleSessionName is wrongly formed.");
        var match = RoleArnPattern().Match(arn);
        if (!match.Success) throw new ApiException(400, "InvalidParameter.RoleArn", "The parameter RoleArn is wrongly formed.");
        if (match.Groups[1].Value != EmulatorState.AccountId || !ctx.State.Roles.TryGetValue(match.Groups[2].Value, out var role))
            throw new ApiException(404, "EntityNotExist.Role", "The role not exists: " + arn);
        var duration = ctx.P.Long("DurationSeconds") ?? 3600;
        if (duration < 900 || duration > role.MaxSessionDuration)
            throw new ApiException(400, "InvalidParameter.DurationSeconds", $"The Min/Max value of DurationSeconds is 15min/{role.MaxSessionDuration / 60}min.");
        var policy = ctx.P.Get("Policy");
        if (policy is not null && policy.Length > 2048) throw new ApiException(400, "InvalidParameter.PolicySize", "The policy size exceeds the limit.");
        if (!TrustsAccount(role.AssumeRolePolicyDocument))
            throw new ApiException(403, "NoPermission", "You are not authorized to do this action. You should be authorized by RAM.");

        var credentials = new StsSession(
            "STS.NT" + ctx.State.Ids.Next("", 26),
            ctx.State.Ids.Next("", 40),
            "CAIS" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(180)),
            ctx.Now.AddSeconds(duration),
            role.RoleName, role.RoleId, session);
        ctx.State.StsSessions[credentials.AccessKeyId] = credentials;
        ctx.State.CountCreated("StsSession");
        return new
        {
            AssumedRoleUser = new { AssumedRoleId = $"{role.RoleId}:{session}", Arn = $"{role.Arn(EmulatorState.AccountId)}/{session}" },
            Credentials = new { credentials.AccessKeyId, credentials.AccessKeySecret, credentials.SecurityToken, Expiration = WireFormat.Time(credentials.Expiration) },
        };
    }

    private static object GetCallerIdentity(ActionContext ctx)
    {
        if (ctx.Caller.IsAssumedRole)
        {
            return new
            {
                IdentityType = "AssumedRoleUser",
                AccountId = EmulatorState.AccountId,
                PrincipalId = $"{ctx.Caller.RoleId}:{ctx.Caller.SessionName}",
                RoleId = ctx.Caller.RoleId,
                Arn = $"acs:ram::{EmulatorState.AccountId}:assumed-role/{ctx.Caller.RoleName}/{ctx.Caller.SessionName}",
            };
        }
        return new
        {
            IdentityType = "RAMUser",
            AccountId = EmulatorState.AccountId,
            PrincipalId = UserId,
            UserId,
            Arn = $"acs:ram::{EmulatorState.AccountId}:user/{UserName}",
        };
    }

    private static bool TrustsAccount(string trustPolicy)
    {
        var statements = JsonNode.Parse(trustPolicy)?["Statement"]?.AsArray() ?? [];
        return statements.Any(s => s?["Principal"]?["RAM"] is { } ram
            && (ram is JsonArray a ? a.Select(x => x?.GetValue<string>()) : [ram.GetValue<string>()])
                .Any(p => p is not null && p.StartsWith($"acs:ram::{EmulatorState.AccountId}:", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^acs:ram::(\d+):role/([A-Za-z0-9.@-]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[A-Za-z0-9.@_-]{2,64}$")]
    private static partial Regex SessionNamePattern();
}
