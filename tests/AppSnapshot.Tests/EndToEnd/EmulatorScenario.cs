using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;
using EcsEmulator;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>
/// One emulator over loopback HTTP plus a session pointed at it through the real client
/// factory. Polling is shrunk to the emulator's speed factor instead of sleeping.
/// </summary>
public abstract class EmulatorScenario : IAsyncLifetime
{
    private string? _home;

    protected EmulatorHost Host { get; private set; } = null!;
    protected AcsSession Session { get; private set; } = null!;
    protected PendingInvocationRegistry Pending { get; } = new();

    protected virtual double SpeedFactor => 0.01;

    protected WorkflowSettings Settings => new()
    {
        PendingInvocations = Pending,
        Polling = new PollingSettings
        {
            InitialInterval = TimeSpan.FromMilliseconds(50),
            MinInterval = TimeSpan.FromMilliseconds(20),
            MaxInterval = TimeSpan.FromMilliseconds(200),
        },
        InstanceStateTimeout = TimeSpan.FromSeconds(20),
        FileDeliveryTimeout = TimeSpan.FromSeconds(20),
    };

    protected virtual void Configure(ClientSettings settings)
    {
        settings.BaseBackoff = TimeSpan.FromMilliseconds(5);
        settings.MaxBackoff = TimeSpan.FromMilliseconds(50);
        settings.DefaultRateLimit = new RateLimit(10000, 10000);
    }

    public async Task InitializeAsync()
    {
        Host = await EmulatorHost.StartAsync(new EmulatorOptions { SpeedFactor = SpeedFactor, Seed = 7 });
        _home = Directory.CreateTempSubdirectory("appsnap-e2e-").FullName;
        var settings = new ClientSettings();
        Configure(settings);
        var factory = new ClientFactory(new ClientEnvironment(_ => null, _home), settings);
        Session = factory.Connect(new ConnectionOptions
        {
            AccessKeyId = EmulatorHost.AccessKeyId,
            AccessKeySecret = EmulatorHost.AccessKeySecret,
            RegionId = "cn-hangzhou",
            Endpoint = Host.BaseUri.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_home != null) Directory.Delete(_home, recursive: true);
    }

    protected int Calls(string action) => Host.Control.GetCallCounts().TryGetValue(action, out var n) ? n : 0;

    protected static SnapshotRunRequest RunRequest(params string[] instanceIds)
    {
        var request = new SnapshotRunRequest { Name = "e2e-group" };
        foreach (var id in instanceIds) request.Instances.Add(new InstanceTarget(id));
        return request;
    }
}
