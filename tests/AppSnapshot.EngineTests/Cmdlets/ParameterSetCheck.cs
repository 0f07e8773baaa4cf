using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

/// <summary>
/// Runs one parameter-set case in the real engine with the debug stream on. Before the writes were
/// marshalled to the pipeline thread, every cmdlet failed here with PSInvalidOperationException.
/// </summary>
public static class ParameterSetCheck
{
    public static void Run(EmulatorFixture emulator, string cmdlet, string parameterSet, DebugMode mode)
    {
        var @case = ParameterSetCases.Get(cmdlet, parameterSet);
        emulator.Reset();
        using var session = emulator.OpenSession();
        @case.Arrange?.Invoke(emulator, session);
        var command = @case.Command + (@case.ChangesState ? " -Confirm:$false" : "");
        EngineRun run;
        if (mode == DebugMode.Switches)
        {
            run = session.Run(command + " -Debug -Verbose");
        }
        else
        {
            session.Run("$DebugPreference = 'Continue'").AssertClean();
            run = session.Run(command);
        }
        @case.Collect?.Invoke(emulator, session, run);

        run.AssertClean();
        if (@case.Connects) StreamAssert.ConnectionNotes(run, emulator.Host.BaseUri);
        StreamAssert.NoSecret(run);
        Assert.Equal(@case.OutputCount, run.Output.Count);
        Assert.All(run.Output, o => Assert.Equal("AppSnapshot.Models." + @case.OutputType, o.TypeNames[0]));
        if (mode == DebugMode.Preference) Assert.Empty(run.Verbose);
    }
}
