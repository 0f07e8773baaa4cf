using AppSnapshot.Client;

namespace AppSnapshot.Api
{
    /// <summary>Builds requests for one product: ECS actions carry the client's region, RAM actions none.</summary>
    internal static class ApiRequests
    {
        public static RpcRequest Ecs(IRpcClient client, string action) =>
            new RpcRequest(action).Add("RegionId", client.RegionId);
    }
}
