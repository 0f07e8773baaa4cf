using AppSnapshot.EngineTests.Cmdlets;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.ShouldProcess;

/// <summary>-WhatIf on every parameter set of every cmdlet that changes state: the host is told, the emulator is untouched.</summary>
public class WhatIfTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public WhatIfTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.ChangingState), MemberType = typeof(ParameterSetCases))]
    public void WhatIfChangesNothingAndSaysWhatItWouldDo(string cmdlet, string parameterSet)
    {
        var @case = ParameterSetCases.Get(cmdlet, parameterSet);
        _emulator.Reset();
        var host = new ScriptedHost();
        using var session = _emulator.OpenSession(host);
        @case.Arrange?.Invoke(_emulator, session);
        var before = _emulator.State();

        var run = session.Run(@case.Command + " -WhatIf").AssertClean();

        Assert.Equal(before, _emulator.State());
        Assert.Contains(host.Lines, l => l.StartsWith("What if: Performing the operation \"", StringComparison.Ordinal));
        Assert.Empty(host.Prompts);
        Assert.DoesNotContain(run.Output, o => o.TypeNames[0] == "AppSnapshot.Models.SnapshotInvocation");
    }
}
