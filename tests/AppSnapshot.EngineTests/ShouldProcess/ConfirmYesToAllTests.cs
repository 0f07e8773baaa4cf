using AppSnapshot.EngineTests.Cmdlets;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.ShouldProcess;

public class ConfirmYesToAllTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public ConfirmYesToAllTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.ChangingState), MemberType = typeof(ParameterSetCases))]
    public void YesToAllIsAskedOnceAndMakesTheChange(string cmdlet, string parameterSet)
    {
        var (run, prompts, changed) = ConfirmCheck.Run(_emulator, cmdlet, parameterSet, Answer.YesToAll);

        Assert.Single(prompts);
        Assert.True(changed, "Yes to All was answered but the emulator's state did not change.");
        ConfirmCheck.AssertOutput(run, cmdlet, parameterSet);
    }
}
