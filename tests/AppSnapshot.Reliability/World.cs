using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Workflow.Common;
using EcsEmulator;

namespace AppSnapshot.Reliability;

/// <summary>One fresh emulator and a session on it through the real client factory: one cell of the matrix.</summary>
internal sealed class World : IAsyncDisposable
{
    private readonly string _home;

    private World(EmulatorHost host, AcsSession session, string home)
    {
        Host = host;
        Session = session;
        _home = home;
    }

    public EmulatorHost Host { get; }
    public AcsSession Session { get; }

    public WorkflowSettings Settings { get; } = new()
    {
        PendingInvocations = new PendingInvocationRegistry(),
        Polling = new PollingSettings { InitialInterval = TimeSpan.FromMilliseconds(50), MinInterval = TimeSpan.FromMilliseconds(20), MaxInterval = TimeSpan.FromMilliseconds(200) },
        InstanceStateTimeout = TimeSpan.FromSeconds(30),
        FileDeliveryTimeout = TimeSpan.FromSeconds(30),
    };

    public static async Task<World> StartAsync(int seed)
    {
        var host = await EmulatorHost.StartAsync(new EmulatorOptions { SpeedFactor = 0.01, Seed = seed });
        var home = Directory.CreateTempSubdirectory("appsnap-reliability-").FullName;
        var settings = new ClientSettings
        {
            BaseBackoff = TimeSpan.FromMilliseconds(5),
            MaxBackoff = TimeSpan.FromMilliseconds(50),
            ReadTimeout = TimeSpan.FromSeconds(10),
            DefaultRateLimit = new RateLimit(10000, 10000),
        };
        var session = new ClientFactory(new ClientEnvironment(_ => null, home), settings).Connect(new ConnectionOptions
        {
            AccessKeyId = EmulatorHost.AccessKeyId, AccessKeySecret = EmulatorHost.AccessKeySecret, RegionId = "cn-hangzhou", Endpoint = host.BaseUri.ToString(),
        });
        return new World(host, session, home);
    }

    public static string Instance(int i) => "i-bench-linux-" + (i + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_home, recursive: true);
    }
}
