using AppSnapshot.EngineTests.Cmdlets;
using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.ShouldProcess;

/// <summary>
/// In a host that cannot prompt (the engine's default host here; pwsh -NonInteractive, jobs and
/// services alike) a question the cmdlet must ask ends it with ConfirmationRequired and the remedy.
/// </summary>
public class NonInteractiveHostTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public NonInteractiveHostTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.ChangingState), MemberType = typeof(ParameterSetCases))]
    public void ConfirmInAHostThatCannotPromptIsConfirmationRequiredAndChangesNothing(string cmdlet, string parameterSet)
    {
        var @case = ParameterSetCases.Get(cmdlet, parameterSet);
        _emulator.Reset();
        using var session = _emulator.OpenSession();
        @case.Arrange?.Invoke(_emulator, session);
        var before = _emulator.State();

        var run = session.Run(@case.Command + " -Confirm");

        var error = run.Error("ConfirmationRequired");
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Contains("-Confirm:$false", error.ErrorDetails.RecommendedAction);
        Assert.Equal(before, _emulator.State());
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("Remove-EcsInstanceRamRole", "__AllParameterSets")]
    [InlineData("Remove-EcsSnapshotGroup", "__AllParameterSets")]
    [InlineData("Restore-EcsSnapshotGroup", "__AllParameterSets")]
    public void AHighImpactChangeAsksEvenWithoutConfirm(string cmdlet, string parameterSet)
    {
        var @case = ParameterSetCases.Get(cmdlet, parameterSet);
        _emulator.Reset();
        using var session = _emulator.OpenSession();
        @case.Arrange?.Invoke(_emulator, session);
        var impact = session.Run("(Get-Command $name).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact.ToString()",
            ("name", cmdlet)).AssertClean();
        Assert.Equal("High", impact.Output.Single().BaseObject);
        var before = _emulator.State();

        var run = session.Run(@case.Command);

        Assert.Contains("-Confirm:$false", run.Error("ConfirmationRequired").ErrorDetails.RecommendedAction);
        Assert.Equal(before, _emulator.State());
    }

    [Fact]
    public void ReplacingARoleWithoutForceIsConfirmationRequiredNamingForce()
    {
        _emulator.Reset();
        using var session = _emulator.OpenSession();

        var run = session.Run("Set-EcsInstanceRamRole -InstanceId i-ubuntu2204 -RamRoleName NoPolicyRole");

        var error = run.Error("ConfirmationRequired");
        Assert.Contains("-Force", error.ErrorDetails.RecommendedAction);
        Assert.Equal("EcsSnapshotRole", _emulator.RoleOf("i-ubuntu2204"));
    }

    [Fact]
    public void ForceReplacesARoleWithoutAnyQuestion()
    {
        _emulator.Reset();
        using var session = _emulator.OpenSession();

        var run = session.Run("Set-EcsInstanceRamRole -InstanceId i-ubuntu2204 -RamRoleName NoPolicyRole -Force -PassThru").AssertClean();

        Assert.Equal("Replaced", run.Output.Single().Properties["Result"].Value.ToString());
        Assert.Equal("NoPolicyRole", _emulator.RoleOf("i-ubuntu2204"));
    }
}
