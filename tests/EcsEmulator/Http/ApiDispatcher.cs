using System.Net.Sockets;
using System.Text;
using EcsEmulator.Faults;
using Microsoft.AspNetCore.Connections.Features;
using EcsEmulator.Auth;
using EcsEmulator.Infrastructure;

namespace EcsEmulator.Http;

/// <summary>The signed API: authenticate, route by x-acs-version + x-acs-action, inject faults, run, answer.</summary>
internal sealed class ApiDispatcher(EmulatorRuntime runtime, ILogger<ApiDispatcher> logger)
{
    public async Task HandleAsync(HttpContext ctx)
    {
        var requestId = WireFormat.NewRequestId();
        var action = ctx.Request.Headers["x-acs-action"].ToString();
        var arrived = DateTimeOffset.UtcNow;
        var counted = false;
        string? failure = null;
        var region = "";
        string? subject = null;
        try
        {
            if (!HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsPost(ctx.Request.Method))
                throw new ApiException(400, "UnsupportedHTTPMethod", "This http method is not supported.");
            var body = await ReadBodyAsync(ctx.Request);
            var raw = ReadParameters(ctx.Request, body);
            region = raw.GetValueOrDefault("RegionId") ?? "";
            subject = string.Join(" ", new[] { "InvokeId", "Name", "NextToken" }.Select(k => raw.GetValueOrDefault(k)).Where(v => !string.IsNullOrEmpty(v)));
            var caller = runtime.WithState(s => runtime.Verifier.Verify(ctx.Request, body, ak => s.StsSessions.GetValueOrDefault(ak), s.Now));
            var handler = runtime.Catalog.Find(ctx.Request.Headers["x-acs-version"].ToString(), action)
                ?? throw new ApiException(404, "InvalidApi.NotFound", $"Specified api is not found, please check your url and method.");
            runtime.Calls.Count(action);
            counted = true;

            // Rate windows use the emulator clock, so a frozen clock makes them deterministic in tests.
            var fault = runtime.Faults.Decide(action, runtime.Clock.UtcNow);
            if (fault.LatencyMs > 0) await Task.Delay(fault.LatencyMs, ctx.RequestAborted);
            if (fault.Error is not null) throw fault.Error;

            var parameters = new ApiParameters(raw);
            var result = runtime.WithState(s => handler(new ActionContext(s, parameters, caller, requestId)));
            if (fault.Loss != AnswerLoss.None)
            {
                failure = fault.Loss == AnswerLoss.Reset ? "DroppedAfterCommit" : "ClosedAfterCommit";
                Log(action, 0, failure);
                await AnswerLossy(ctx, fault.Loss);
                return;
            }
            Log(action, 200, null);
            await JsonResponses.WriteAsync(ctx, 200, WithRequestId(result, requestId));
        }
        catch (ApiException e)
        {
            failure = e.Code;
            Log(action, e.Status, e.Code);
            await JsonResponses.WriteErrorAsync(ctx, requestId, e);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            // The client went away during injected latency; nothing to answer.
        }
        catch (Exception e) when (!ctx.Response.HasStarted)
        {
            // An emulator bug must still look like a server error to the client, and be visible in the log.
            logger.LogError(e, "{Action} failed inside the emulator", action);
            failure = "InternalError";
            await JsonResponses.WriteErrorAsync(ctx, requestId, new ApiException(500, "InternalError", "The request processing has failed due to some unknown error, exception or failure."));
        }
        finally
        {
            if (counted) runtime.CallLog.Add(new Faults.CallRecord(action, region, arrived, DateTimeOffset.UtcNow, failure, subject));
        }
    }

    /// <summary>Loses the answer of an applied call: a reset, or a graceful close (FIN) before any response byte.</summary>
    private static async Task AnswerLossy(HttpContext ctx, AnswerLoss loss)
    {
        if (loss == AnswerLoss.GracefulClose && ctx.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
        {
            socket.Shutdown(SocketShutdown.Send);
            // Let the client read the end of the stream before Kestrel tears the connection down.
            using var grace = CancellationTokenSource.CreateLinkedTokenSource(ctx.RequestAborted);
            grace.CancelAfter(TimeSpan.FromSeconds(2));
            try { await Task.Delay(Timeout.Infinite, grace.Token); }
            catch (OperationCanceledException) { }
        }
        ctx.Abort();
    }

    private void Log(string action, int status, string? code)
    {
        if (runtime.Options.LogRequests) logger.LogInformation("{Action} -> {Status} {Code}", action, status, code ?? "");
    }

    private static Dictionary<string, object?> WithRequestId(object result, string requestId)
    {
        var dict = new Dictionary<string, object?> { ["RequestId"] = requestId };
        if (result is IDictionary<string, object?> d)
        {
            foreach (var (k, v) in d) dict[k] = v;
            return dict;
        }
        foreach (var prop in result.GetType().GetProperties()) dict[prop.Name] = prop.GetValue(result);
        return dict;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>Query (percent-decoding only) plus a form body (form rules: '+' is a space).</summary>
    private static Dictionary<string, string> ReadParameters(HttpRequest request, byte[] body)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in QueryStringPairs.Parse(request.QueryString.Value)) result[k] = v;
        if (body.Length > 0 && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            foreach (var part in Encoding.UTF8.GetString(body).Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = part.IndexOf('=');
                var name = Uri.UnescapeDataString((eq < 0 ? part : part[..eq]).Replace('+', ' '));
                var value = eq < 0 ? "" : Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' '));
                result[name] = value;
            }
        }
        return result;
    }
}
