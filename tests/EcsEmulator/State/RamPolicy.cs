namespace EcsEmulator.State;

internal sealed class RamPolicy
{
    public required string PolicyName { get; init; }
    /// <summary>"System" or "Custom".</summary>
    public required string PolicyType { get; init; }
    public required string PolicyDocument { get; init; }
    public string Description { get; init; } = "";
    public DateTimeOffset CreateDate { get; init; }
}
