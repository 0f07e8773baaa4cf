using System.Management.Automation.Host;
using AppSnapshot.EngineTests.Hosting;
using EcsEmulator;

namespace AppSnapshot.EngineTests.Emulator;

/// <summary>
/// One emulator on an ephemeral loopback port, shared by the tests of one class (which xunit runs one
/// after another). Classes that change state reset it in their constructor, so no test depends on another.
/// </summary>
public class EmulatorFixture : IAsyncLifetime
{
    private string? _temp;

    public EmulatorHost Host { get; private set; } = null!;

    public EmulatorControl Control => Host.Control;

    /// <summary>0.01: a 3 s plug-in run takes 30 ms. The cmdlets' own first poll still comes after 2 s.</summary>
    protected virtual double SpeedFactor => 0.01;

    public EngineSession OpenSession(PSHost? host = null, bool defaultRegion = true) => EngineSession.Open(Host, host, defaultRegion);

    /// <summary>Back to the fixture's state: no groups, no uploaded scripts, no faults, a running clock.</summary>
    public void Reset()
    {
        Control.ResumeClock();
        Control.Reset();
    }

    public EmulatorState State() => EmulatorState.Read(Control);

    /// <summary>The RAM role the emulator has attached to the instance.</summary>
    public string? RoleOf(string instanceId) => Control.GetInstances().Single(i => i.InstanceId == instanceId).RamRoleName;

    /// <summary>A folder of this fixture's own for local files (script sources), removed with the fixture.</summary>
    public string TempDirectory => _temp ??= Directory.CreateTempSubdirectory("appsnap-engine-").FullName;

    public virtual async Task InitializeAsync() =>
        Host = await EmulatorHost.StartAsync(new EmulatorOptions { SpeedFactor = SpeedFactor, Seed = 42 });

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_temp != null) Directory.Delete(_temp, recursive: true);
    }
}
