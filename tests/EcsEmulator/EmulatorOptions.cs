namespace EcsEmulator;

public sealed class EmulatorOptions
{
    /// <summary>JSON fixture file; ignored when <see cref="Fixture"/> is set. Neither: the built-in default fixture.</summary>
    public string? FixturePath { get; set; }
    public Fixture? Fixture { get; set; }
    /// <summary>Plug-in/command/instance-transition durations are multiplied by this: 0.01 makes a 3 s plug-in take 30 ms.</summary>
    public double SpeedFactor { get; set; } = 1.0;
    /// <summary>Seed for fault randomness and generated ids.</summary>
    public int? Seed { get; set; }
    /// <summary>
    /// Keep the account in this file: loaded at start when it exists (instead of the fixture), written after every
    /// call, so a killed emulator started again with the same file still knows its invocations and groups.
    /// </summary>
    public string? StatePath { get; set; }
    /// <summary>Log one line per API call (action, status, code) to the console; never secrets.</summary>
    public bool LogRequests { get; set; }
}
