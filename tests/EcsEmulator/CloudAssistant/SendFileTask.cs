using EcsEmulator.State;

namespace EcsEmulator.CloudAssistant;

/// <summary>A SendFile task (f-...). Files land in the instances' simulated file systems when each target finishes.</summary>
internal sealed class SendFileTask
{
    public required string InvokeId { get; init; }
    public required string RegionId { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>Content as sent (Base64 when ContentType is Base64).</summary>
    public required string Content { get; init; }
    public required string ContentType { get; init; }
    public required string TargetDir { get; init; }
    public required string FileOwner { get; init; }
    public required string FileGroup { get; init; }
    public required string FileMode { get; init; }
    public required bool Overwrite { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public List<KeyValuePair<string, string>> Tags { get; } = [];
    public List<InvocationTarget> Targets { get; } = [];

    public string InvocationStatus(DateTimeOffset now)
    {
        var statuses = Targets.Select(t => t.Status(now)).ToList();
        if (statuses.Contains("Pending")) return "Pending";
        if (statuses.Contains("Running")) return "Running";
        if (statuses.All(s => s == "Success")) return "Success";
        return statuses.Contains("Success") ? "PartialFailed" : "Failed";
    }
}
