using AppSnapshot.EngineTests.Cmdlets;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.ShouldProcess;

/// <summary>Runs a state-changing parameter-set case with -Confirm, the user answering from a script.</summary>
public static class ConfirmCheck
{
    /// <returns>The run, the prompts shown, and whether the emulator's state changed.</returns>
    public static (EngineRun Run, IReadOnlyList<Prompt> Prompts, bool Changed) Run(EmulatorFixture emulator, string cmdlet, string parameterSet, params Answer[] answers)
    {
        var @case = ParameterSetCases.Get(cmdlet, parameterSet);
        emulator.Reset();
        var host = new ScriptedHost(answers);
        using var session = emulator.OpenSession(host);
        @case.Arrange?.Invoke(emulator, session);
        var before = emulator.State();

        var run = session.Run(@case.Command + " -Confirm");
        var changed = before != emulator.State();
        @case.Collect?.Invoke(emulator, session, run);

        Assert.Equal(0, host.UnansweredPrompts);
        Assert.NotEmpty(host.Prompts);
        Assert.All(host.Prompts, p => Assert.Equal("Confirm", p.Caption));
        Assert.All(host.Prompts, p => Assert.False(p.OnThreadPool, "A prompt came from a thread-pool thread."));
        Assert.Single(host.Prompts.Select(p => p.ThreadId).Distinct());
        StreamAssert.NoSecret(run, host.Lines);
        return (run.AssertClean(), host.Prompts, changed);
    }

    public static void AssertOutput(EngineRun run, string cmdlet, string parameterSet)
    {
        var @case = ParameterSetCases.Get(cmdlet, parameterSet);
        Assert.Equal(@case.OutputCount, run.Output.Count);
        Assert.All(run.Output, o => Assert.Equal("AppSnapshot.Models." + @case.OutputType, o.TypeNames[0]));
    }
}
