using System.Net;
using System.Text.Json;
using EcsEmulator.State;

namespace EcsEmulator.Control;

/// <summary>Unsigned /_emulator/* endpoints for out-of-process tests; loopback callers only.</summary>
internal static class ControlEndpoints
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static void Map(WebApplication app, EmulatorControl control)
    {
        var group = app.MapGroup("/_emulator").AddEndpointFilter(async (ctx, next) =>
            ctx.HttpContext.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip) ? await next(ctx) : Results.StatusCode(403));

        group.MapGet("/state", () => Results.Json(control.GetInstances(), Json));
        group.MapPost("/reset", () => { control.Reset(); return Results.NoContent(); });
        group.MapGet("/calls", () => Results.Json(control.GetCallCounts(), Json));
        group.MapGet("/created", () => Results.Json(control.GetCreatedCounts(), Json));
        group.MapPost("/faults/{action}", async (string action, HttpRequest r) =>
        {
            control.SetFault(action, await r.ReadFromJsonAsync<FaultSettings>(Json) ?? new FaultSettings());
            return Results.NoContent();
        });
        group.MapDelete("/faults", () => { control.ClearFaults(); return Results.NoContent(); });
        group.MapGet("/instances/{id}/snapshot-groups/count", (string id) => Results.Json(new { Count = control.GetSnapshotGroupCount(id) }, Json));
        group.MapGet("/instances/{id}/files", (string id) => Guard(() => Results.Json(control.GetFiles(id), Json)));
        group.MapPost("/instances/{id}/status", async (string id, HttpRequest r) =>
        {
            var body = await r.ReadFromJsonAsync<StatusBody>(Json);
            return Guard(() => { control.SetInstanceStatus(id, body?.Status ?? ""); return Results.NoContent(); });
        });
        group.MapPost("/instances/{id}/scripts/{script}", async (string id, string script, HttpRequest r) =>
        {
            var b = await r.ReadFromJsonAsync<FixtureScript>(Json) ?? new FixtureScript();
            var behaviour = new ScriptBehaviour(Enum.Parse<ScriptOutcome>(b.Behaviour, true), b.ExitCode, b.Output, b.DurationSeconds);
            return Guard(() => { control.SetScriptBehaviour(id, script, behaviour); return Results.NoContent(); });
        });
        group.MapPost("/instances/{id}/plugin-fault", async (string id, HttpRequest r) =>
        {
            var body = await r.ReadFromJsonAsync<PluginFaultBody>(Json);
            return Guard(() => { control.SetPluginFault(id, body?.ExitCode); return Results.NoContent(); });
        });
        group.MapPost("/prescript-failure-mode", async (HttpRequest r) =>
        {
            var body = await r.ReadFromJsonAsync<ModeBody>(Json);
            control.SetPreScriptFailureMode(Enum.Parse<PreScriptFailureMode>(body?.Mode ?? "FallBackToFileSystem", true));
            return Results.NoContent();
        });
        group.MapPost("/clock/freeze", () => { control.FreezeClock(); return Results.NoContent(); });
        group.MapPost("/clock/resume", () => { control.ResumeClock(); return Results.NoContent(); });
        group.MapPost("/clock/advance", async (HttpRequest r) =>
        {
            var body = await r.ReadFromJsonAsync<AdvanceBody>(Json);
            control.AdvanceClock(TimeSpan.FromSeconds(body?.Seconds ?? 0));
            return Results.NoContent();
        });
    }

    private static IResult Guard(Func<IResult> action)
    {
        try { return action(); }
        catch (KeyNotFoundException e) { return Results.NotFound(new { e.Message }); }
        catch (ArgumentException e) { return Results.BadRequest(new { e.Message }); }
    }

    private sealed record StatusBody(string Status);
    private sealed record PluginFaultBody(int? ExitCode);
    private sealed record ModeBody(string Mode);
    private sealed record AdvanceBody(double Seconds);
}
