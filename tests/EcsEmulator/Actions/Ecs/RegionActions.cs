using EcsEmulator.Http;

namespace EcsEmulator.Actions.Ecs;

internal static class RegionActions
{
    public static void Register(ActionCatalog c) => c.Add(ActionCatalog.EcsVersion, "DescribeRegions", DescribeRegions);

    private static object DescribeRegions(ActionContext ctx) => new
    {
        Regions = Wrap.List("Region", ctx.State.Regions.Values.Select(r => new { r.RegionId, r.LocalName, r.RegionEndpoint, Status = "available" })),
    };
}
