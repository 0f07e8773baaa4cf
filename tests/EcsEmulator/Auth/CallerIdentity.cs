namespace EcsEmulator.Auth;

/// <summary>Who signed the request: the built-in RAM user, or a session of an assumed role.</summary>
internal sealed record CallerIdentity(string AccessKeyId, string? RoleName, string? RoleId, string? SessionName)
{
    public bool IsAssumedRole => RoleName is not null;
}
