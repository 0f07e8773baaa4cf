using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

/// <summary>
/// One way to run one parameter set of one exported cmdlet against the default fixture, and what it
/// must write. <see cref="Command"/> carries no -Confirm, -WhatIf, -Debug or -Verbose: each test adds its own.
/// </summary>
public sealed record ParameterSetCase(string Cmdlet, string ParameterSet, string Command, string OutputType, int OutputCount)
{
    /// <summary>The cmdlet supports ShouldProcess (-WhatIf, -Confirm).</summary>
    public bool ChangesState { get; init; }

    /// <summary>Reads the session-wide list of pending runs, so it cannot share the process with tests that add to it.</summary>
    public bool ReadsPendingRuns { get; init; }

    /// <summary>The cmdlet talks to the cloud, so its debug stream says where credentials, region and endpoint came from.</summary>
    public bool Connects { get; init; } = true;

    /// <summary>Prepares the emulator and sets the session variables the command uses.</summary>
    public Action<EmulatorFixture, EngineSession>? Arrange { get; init; }

    /// <summary>Collects what the run left running, so no pending run outlives the test.</summary>
    public Action<EmulatorFixture, EngineSession, EngineRun>? Collect { get; init; }

    public override string ToString() => Cmdlet + " [" + ParameterSet + "]";
}
