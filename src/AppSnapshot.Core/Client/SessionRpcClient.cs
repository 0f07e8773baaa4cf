using System;
using System.Threading;
using System.Threading.Tasks;

namespace AppSnapshot.Client
{
    /// <summary>A process-wide cached client seen through one session: its retry notes go to that session's debug sink.</summary>
    internal sealed class SessionRpcClient : IRpcClient
    {
        private readonly RpcClient _inner;
        private readonly Action<string>? _debug;

        public SessionRpcClient(RpcClient inner, Action<string>? debug)
        {
            _inner = inner;
            _debug = debug;
        }

        public string Product => _inner.Product;
        public string? RegionId => _inner.RegionId;
        public Uri Endpoint => _inner.Endpoint;
        internal RpcClient Inner => _inner;

        public Task<RpcResponse> CallAsync(RpcRequest request, CancellationToken cancellationToken) =>
            _inner.CallAsync(request, _debug, cancellationToken);

        public override string ToString() => Product + " client for " + Endpoint;
    }
}
