using System.Collections.Concurrent;
using AppSnapshot.Client;
using AppSnapshot.Json;

namespace AppSnapshot.Tests.Fakes;

/// <summary>Answers each action with a handler; records every request it was given.</summary>
public sealed class FakeRpcClient : IRpcClient
{
    private readonly Dictionary<string, Func<RpcRequest, object>> _handlers = new();
    private readonly Dictionary<string, Func<RpcRequest, CancellationToken, Task<object>>> _asyncHandlers = new();
    private int _requestCounter;

    public FakeRpcClient(string product = "Ecs", string? regionId = "cn-hangzhou")
    {
        Product = product;
        RegionId = regionId;
    }

    public string Product { get; }
    public string? RegionId { get; }
    public Uri Endpoint { get; } = new("https://fake.invalid/");
    public ConcurrentQueue<RpcRequest> Calls { get; } = new();

    /// <summary>The handler returns a JSON string, a JsonObject, or throws (AcsApiException...).</summary>
    public FakeRpcClient On(string action, Func<RpcRequest, object> handler)
    {
        _handlers[action] = handler;
        return this;
    }

    public FakeRpcClient On(string action, string json) => On(action, _ => json);

    /// <summary>A handler that may wait (e.g. a call that hangs until the caller gives up).</summary>
    public FakeRpcClient OnAsync(string action, Func<RpcRequest, CancellationToken, Task<object>> handler)
    {
        _asyncHandlers[action] = handler;
        return this;
    }

    public IReadOnlyList<RpcRequest> CallsTo(string action) => Calls.Where(c => c.Action == action).ToList();

    public async Task<RpcResponse> CallAsync(RpcRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Calls.Enqueue(request);
        object answer;
        if (_asyncHandlers.TryGetValue(request.Action, out var waiting)) answer = await waiting(request, cancellationToken);
        else if (_handlers.TryGetValue(request.Action, out var handler)) answer = handler(request);
        else throw new InvalidOperationException("FakeRpcClient has no handler for " + request.Action);
        var body = answer as JsonObject ?? (JsonObject)JsonNode.Parse((string)answer);
        var requestId = body.GetString("RequestId") ?? "req-" + Interlocked.Increment(ref _requestCounter);
        return new RpcResponse(body, requestId, 200, 1);
    }
}

public static class RpcRequestExtensions
{
    public static string? Get(this RpcRequest request, string name) =>
        request.Parameters.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();

    public static IReadOnlyList<string> GetList(this RpcRequest request, string prefix) =>
        request.Parameters.Where(p => p.Key.StartsWith(prefix + ".", StringComparison.Ordinal) && p.Key.Count(c => c == '.') == prefix.Count(c => c == '.') + 1)
            .Select(p => p.Value).ToList();

    public static IReadOnlyList<string> GetJsonArray(this RpcRequest request, string name) =>
        ((JsonArray)JsonNode.Parse(request.Get(name) ?? "[]")).Items.Select(i => i.AsString()!).ToList();
}
