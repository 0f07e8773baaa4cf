using System.Net;
using EcsEmulator.Auth;
using EcsEmulator.Control;
using EcsEmulator.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EcsEmulator;

/// <summary>An emulator running in-process on an ephemeral (or given) loopback port.</summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    public const string AccessKeyId = SignatureVerifier.AccessKeyId;
    public const string AccessKeySecret = SignatureVerifier.AccessKeySecret;
    public const string AccountId = State.EmulatorState.AccountId;

    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, Uri baseUri, EmulatorControl control)
    {
        _app = app;
        BaseUri = baseUri;
        Control = control;
    }

    public Uri BaseUri { get; }
    public EmulatorControl Control { get; }

    public static Task<EmulatorHost> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default) =>
        StartOnAsync(options ?? new EmulatorOptions(), "http://127.0.0.1:0", ct);

    /// <summary>Standalone mode: a fixed loopback URL.</summary>
    internal static async Task<EmulatorHost> StartOnAsync(EmulatorOptions options, string url, CancellationToken ct)
    {
        EnsureLoopback(url);
        var runtime = new EmulatorRuntime(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        // RPC parameters travel in the query string; RunCommand/SendFile content can make it long.
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestLineSize = 256 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 512 * 1024;
            k.Limits.MaxRequestBufferSize = 1024 * 1024;
        });
        builder.Logging.ClearProviders();
        if (options.LogRequests)
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        }
        builder.Services.AddSingleton(runtime);
        builder.Services.AddSingleton<ApiDispatcher>();
        var app = builder.Build();
        var control = new EmulatorControl(runtime);
        ControlEndpoints.Map(app, control);
        var dispatcher = app.Services.GetRequiredService<ApiDispatcher>();
        app.MapFallback(dispatcher.HandleAsync);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmulatorHost(app, new Uri(address.TrimEnd('/') + "/"), control);
    }

    /// <summary>The emulator accepts any key as valid signer, so it must never listen beyond this machine.</summary>
    internal static void EnsureLoopback(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var host = new Uri(url.Replace("://*", "://wildcard").Replace("://+", "://wildcard")).Host;
            var loopback = host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
            if (!loopback) throw new ArgumentException($"The emulator binds to loopback only; refusing {url}.");
        }
    }

    /// <summary>Standalone mode: completes on Ctrl+C or SIGTERM.</summary>
    internal Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
