using EcsEmulator.Auth;
using EcsEmulator.State;

namespace EcsEmulator.Http;

/// <summary>What an action handler gets: the state (already caught up, lock held), its parameters and the caller.</summary>
internal sealed class ActionContext(EmulatorState state, ApiParameters parameters, CallerIdentity caller, string requestId)
{
    public EmulatorState State { get; } = state;
    public ApiParameters P { get; } = parameters;
    public CallerIdentity Caller { get; } = caller;
    public string RequestId { get; } = requestId;
    public DateTimeOffset Now { get; } = state.Now;

    /// <summary>The RegionId every ECS action (but DescribeRegions) requires.</summary>
    public string RegionId()
    {
        var region = P.Get("RegionId") ?? throw new ApiException(400, "MissingRegionId", "RegionId is mandatory for this action.");
        if (!State.Regions.ContainsKey(region))
            throw new ApiException(404, "InvalidRegionId.NotFound", "The specified RegionId does not exist.");
        return region;
    }

    public Instance InstanceInRegion(string region, string instanceId, string code = "InvalidInstanceId.NotFound") =>
        State.Instances.TryGetValue(instanceId, out var i) && i.RegionId == region
            ? i
            : throw new ApiException(404, code, $"The specified instance \"{instanceId}\" does not exist.");
}
