using System.Diagnostics;
using AppSnapshot.Client;
using AppSnapshot.Connection;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Benchmarks;

/// <summary>
/// The session's clients, unchanged, with the start and end of every call the operation makes
/// (seconds since the run began, retries inside a call included): where the wall time goes.
/// </summary>
internal sealed class CallTimeline : ICloudClients
{
    private readonly AcsSession _session;
    private readonly Stopwatch _clock;
    private readonly List<(string Action, double Start, double End)> _calls = new();

    public CallTimeline(AcsSession session, Stopwatch clock)
    {
        _session = session;
        _clock = clock;
    }

    public string? DefaultRegionId => _session.DefaultRegionId;
    public IRpcClient Ecs(string? regionId) => new Timed(_session.Ecs(regionId), this);
    public IRpcClient Ram => new Timed(_session.Ram, this);

    /// <summary>Per action: number of client calls, first start, last end, summed time in the call.</summary>
    public string Summary()
    {
        lock (_calls)
        {
            return string.Join("; ", _calls.GroupBy(c => c.Action).OrderBy(g => g.Min(c => c.Start)).Select(g =>
                $"{g.Key} x{g.Count()} {g.Min(c => c.Start):0.00}-{g.Max(c => c.End):0.00} s (in calls {g.Sum(c => c.End - c.Start):0.00} s)"));
        }
    }

    private sealed class Timed(IRpcClient inner, CallTimeline owner) : IRpcClient
    {
        public string Product => inner.Product;
        public string? RegionId => inner.RegionId;
        public Uri Endpoint => inner.Endpoint;

        public async Task<RpcResponse> CallAsync(RpcRequest request, CancellationToken cancellationToken)
        {
            var start = owner._clock.Elapsed.TotalSeconds;
            try { return await inner.CallAsync(request, cancellationToken); }
            finally
            {
                var end = owner._clock.Elapsed.TotalSeconds;
                lock (owner._calls) owner._calls.Add((request.Action, start, end));
            }
        }
    }
}
