namespace EcsEmulator.CloudAssistant;

internal static class InvocationStatusAggregator
{
    public static string Aggregate(IReadOnlyList<string> statuses)
    {
        if (statuses.Count == 0) return "Pending";
        if (statuses.Contains("Pending")) return "Pending";
        if (statuses.Contains("Scheduled")) return "Scheduled";
        if (statuses.Contains("Running")) return "Running";
        if (statuses.Contains("Stopping")) return "Stopping";
        var mapped = statuses.Select(s => s switch
        {
            "Success" => "Success",
            "Cancelled" or "Terminated" => "Stopped",
            _ => "Failed",
        }).ToList();
        if (mapped.All(s => s == "Stopped")) return "Stopped";
        if (mapped.All(s => s is "Success" or "Stopped")) return "Success";
        if (mapped.Contains("Success")) return "PartialFailed";
        return "Failed";
    }
}
