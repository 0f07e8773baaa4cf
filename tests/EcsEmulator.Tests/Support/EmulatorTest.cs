namespace EcsEmulator.Tests.Support;

/// <summary>Each test class instance (one per test in xUnit) gets its own emulator on an ephemeral port.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    protected EmulatorHost Emulator { get; private set; } = null!;
    protected EmulatorClient Client { get; private set; } = null!;
    protected EmulatorControl Control => Emulator.Control;

    protected virtual EmulatorOptions Options => new() { SpeedFactor = 0.01, Seed = 42 };

    public async Task InitializeAsync()
    {
        Emulator = await EmulatorHost.StartAsync(Options);
        Client = new EmulatorClient(Emulator);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }

    /// <summary>Lets every pending invocation, file transfer and snapshot finish: the emulator clock jumps ahead.</summary>
    protected void LetTimePass(double seconds = 3600) => Control.AdvanceClock(TimeSpan.FromSeconds(seconds));

    protected static (string, string) P(string key, string value) => (key, value);

    protected Task<ApiResponse> RunCommandAsync(string instanceId, string content, string type = "RunShellScript", params (string, string)[] extra) =>
        Client.EcsAsync("RunCommand", [P("RegionId", "cn-hangzhou"), P("Type", type), P("CommandContent", content), P("InstanceId.1", instanceId), .. extra]);

    protected async Task<System.Text.Json.JsonElement> ResultOfAsync(string invokeId, string? instanceId = null)
    {
        var r = (await Client.EcsAsync("DescribeInvocationResults", [P("RegionId", "cn-hangzhou"), P("InvokeId", invokeId), .. instanceId is null ? Array.Empty<(string, string)>() : [P("InstanceId", instanceId)]])).AssertOk();
        return r["Invocation.InvocationResults.InvocationResult.0"];
    }

    protected static string Decode(System.Text.Json.JsonElement output) =>
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(output.GetString()!));
}
