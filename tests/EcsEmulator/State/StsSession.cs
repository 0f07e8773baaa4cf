namespace EcsEmulator.State;

internal sealed record StsSession(
    string AccessKeyId,
    string AccessKeySecret,
    string SecurityToken,
    DateTimeOffset Expiration,
    string RoleName,
    string RoleId,
    string SessionName);
