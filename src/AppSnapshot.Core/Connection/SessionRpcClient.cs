using System;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Client;
using AppSnapshot.Output;

namespace AppSnapshot.Connection
{
    /// <summary>A process-wide cached client seen through one session: its retry notes go to that session's sink.</summary>
    internal sealed class SessionRpcClient : IRpcClient
    {
        private readonly RpcClient _inner;
        private readonly IOutputSink? _notes;

        public SessionRpcClient(RpcClient inner, IOutputSink? notes)
        {
            _inner = inner;
            _notes = notes;
        }

        public string Product => _inner.Product;
        public string? RegionId => _inner.RegionId;
        public Uri Endpoint => _inner.Endpoint;
        internal RpcClient Inner => _inner;

        /// <summary>Names the call on the session's verbose stream ("DescribeInstances cn-hangzhou: 100 instances"), then makes it.</summary>
        public Task<RpcResponse> CallAsync(RpcRequest request, CancellationToken cancellationToken)
        {
            _notes?.WriteVerbose(Describe(request));
            return _inner.CallAsync(request, _notes, cancellationToken);
        }

        internal string Describe(RpcRequest request) =>
            request.Action + " " + (RegionId ?? Product) + (string.IsNullOrEmpty(request.Subject) ? "" : ": " + request.Subject);

        public override string ToString() => Product + " client for " + Endpoint;
    }
}
