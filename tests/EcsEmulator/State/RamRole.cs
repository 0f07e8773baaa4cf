namespace EcsEmulator.State;

internal sealed class RamRole
{
    public required string RoleName { get; init; }
    public required string RoleId { get; init; }
    public required string AssumeRolePolicyDocument { get; init; }
    public string Description { get; init; } = "";
    public long MaxSessionDuration { get; init; } = 3600;
    public DateTimeOffset CreateDate { get; init; }
    /// <summary>Attached policies: (PolicyType, PolicyName) with attach time.</summary>
    public List<(string PolicyType, string PolicyName, DateTimeOffset AttachDate)> Policies { get; } = [];

    public string Arn(string accountId) => $"acs:ram::{accountId}:role/{RoleName.ToLowerInvariant()}";
}
