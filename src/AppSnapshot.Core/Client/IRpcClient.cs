using System;
using System.Threading;
using System.Threading.Tasks;

namespace AppSnapshot.Client
{
    public interface IRpcClient
    {
        /// <summary>"Ecs", "Ram" or "Sts".</summary>
        string Product { get; }
        string? RegionId { get; }
        Uri Endpoint { get; }
        Task<RpcResponse> CallAsync(RpcRequest request, CancellationToken cancellationToken);
    }
}
