using AppSnapshot.EngineTests.Cmdlets;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.ShouldProcess;

public class ConfirmNoTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public ConfirmNoTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.ChangingState), MemberType = typeof(ParameterSetCases))]
    public void AnsweringNoChangesNothingAndIsNoError(string cmdlet, string parameterSet)
    {
        var (run, _, changed) = ConfirmCheck.Run(_emulator, cmdlet, parameterSet, Answer.No, Answer.No, Answer.No, Answer.No);

        Assert.False(changed, "No was answered but the emulator's state changed.");
        Assert.DoesNotContain(run.Output, o => o.TypeNames[0] is "AppSnapshot.Models.SnapshotInvocation" or "AppSnapshot.Models.AppSnapshotResult");
    }
}
