namespace EcsEmulator.CloudAssistant;

/// <summary>A RunCommand task (t-...) over one or more instances.</summary>
internal sealed class Invocation
{
    public required string InvokeId { get; init; }
    public required string CommandId { get; init; }
    public required string RegionId { get; init; }
    public required string CommandName { get; init; }
    public required string CommandType { get; init; }
    public required string CommandDescription { get; init; }
    /// <summary>Decoded (plain-text) command content.</summary>
    public required string CommandContent { get; init; }
    public required long Timeout { get; init; }
    public required DateTimeOffset CreationTime { get; init; }
    public string Username { get; init; } = "";
    public string WorkingDir { get; init; } = "";
    public string Parameters { get; init; } = "{}";
    public List<KeyValuePair<string, string>> Tags { get; } = [];
    public List<InvocationTarget> Targets { get; } = [];

    /// <summary>Aggregation rules of DescribeInvocations (ecs-api.md §7.2).</summary>
    public string InvocationStatus(DateTimeOffset now) => InvocationStatusAggregator.Aggregate(Targets.Select(t => t.Status(now)).ToList());

    public string InvokeStatus(DateTimeOffset now) => InvocationStatus(now) switch
    {
        "Pending" or "Running" or "Scheduled" => "Running",
        "Success" => "Finished",
        var s => s,
    };
}
