using AppSnapshot.EngineTests.Cmdlets;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.ShouldProcess;

public class ConfirmYesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public ConfirmYesTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.ChangingState), MemberType = typeof(ParameterSetCases))]
    public void AnsweringYesToEveryQuestionMakesTheChange(string cmdlet, string parameterSet)
    {
        var (run, prompts, changed) = ConfirmCheck.Run(_emulator, cmdlet, parameterSet, Answer.Yes, Answer.Yes, Answer.Yes, Answer.Yes);

        Assert.True(changed, "Yes was answered but the emulator's state did not change.");
        Assert.All(prompts, p => Assert.Equal(Answer.Yes, p.Answer));
        ConfirmCheck.AssertOutput(run, cmdlet, parameterSet);
    }
}
