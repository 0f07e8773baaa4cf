using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

public class SetEcsInstanceRamRoleTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Set-EcsInstanceRamRole";
    private const string Replace = "Set-EcsInstanceRamRole -InstanceId i-ubuntu2204 -RamRoleName NoPolicyRole -PassThru";
    private const string SecondQuestion = "Replace instance RAM role";
    private readonly EmulatorFixture _emulator;

    public SetEcsInstanceRamRoleTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void ReplacingADifferentRoleAsksTheSecondQuestionAndYesReplacesIt()
    {
        var host = new ScriptedHost(Answer.Yes);
        using var session = _emulator.OpenSession(host);

        var run = session.Run(Replace).AssertClean();

        var prompt = Assert.Single(host.Prompts);
        Assert.Equal(SecondQuestion, prompt.Caption);
        Assert.Contains("i-ubuntu2204 has RAM role EcsSnapshotRole. Replace it with NoPolicyRole?", prompt.Message);
        Assert.Equal("Replaced", run.Output.Single().Properties["Result"].Value.ToString());
        Assert.Equal("NoPolicyRole", _emulator.RoleOf("i-ubuntu2204"));
    }

    [Fact]
    public void NoToTheSecondQuestionKeepsTheRoleAndIsAConflictNamingForce()
    {
        var host = new ScriptedHost(Answer.No);
        using var session = _emulator.OpenSession(host);

        var run = session.Run(Replace);

        Assert.Equal(SecondQuestion, Assert.Single(host.Prompts).Caption);
        var error = run.Error("InstanceRamRoleConflict");
        Assert.Equal(System.Management.Automation.ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Contains("-Force", error.ErrorDetails.RecommendedAction);
        Assert.Empty(run.Output);
        Assert.Equal("EcsSnapshotRole", _emulator.RoleOf("i-ubuntu2204"));
    }

    [Fact]
    public void ForceSkipsTheSecondQuestion()
    {
        var host = new ScriptedHost();
        using var session = _emulator.OpenSession(host);

        session.Run(Replace + " -Force").AssertClean();

        Assert.Empty(host.Prompts);
        Assert.Equal("NoPolicyRole", _emulator.RoleOf("i-ubuntu2204"));
    }

    [Fact]
    public void ForceWithConfirmAsksOnlyTheConfirmQuestion()
    {
        var host = new ScriptedHost(Answer.Yes);
        using var session = _emulator.OpenSession(host);

        session.Run(Replace + " -Force -Confirm").AssertClean();

        var prompt = Assert.Single(host.Prompts);
        Assert.Equal("Confirm", prompt.Caption);
        Assert.Contains("Replace RAM role EcsSnapshotRole with NoPolicyRole", prompt.Message);
        Assert.Equal("NoPolicyRole", _emulator.RoleOf("i-ubuntu2204"));
    }

    [Fact]
    public void TheRoleAlreadyAttachedIsSuccessWithoutAnyQuestion()
    {
        var host = new ScriptedHost();
        using var session = _emulator.OpenSession(host);

        var run = session.Run("Set-EcsInstanceRamRole -InstanceId i-mysql-centos79 -RamRoleName EcsSnapshotRole -PassThru").AssertClean();

        Assert.Equal("AlreadyAttached", run.Output.Single().Properties["Result"].Value.ToString());
        Assert.Empty(host.Prompts);
        Assert.Equal("", _emulator.State().ChangingCalls);
    }

    [Fact]
    public void WithConfirmBothQuestionsAreAskedInOrder()
    {
        var host = new ScriptedHost(Answer.Yes, Answer.Yes);
        using var session = _emulator.OpenSession(host);

        session.Run(Replace + " -Confirm").AssertClean();

        Assert.Equal(["Confirm", SecondQuestion], host.Prompts.Select(p => p.Caption));
        Assert.Equal("NoPolicyRole", _emulator.RoleOf("i-ubuntu2204"));
    }

    [Fact]
    public void YesToAllAtTheSecondQuestionReplacesEveryRoleAfterOneQuestion()
    {
        var host = new ScriptedHost(Answer.YesToAll);
        using var session = _emulator.OpenSession(host);

        var run = session.Run("Set-EcsInstanceRamRole -InstanceId i-ubuntu2204, i-mysql-centos79 -RamRoleName NoPolicyRole -PassThru").AssertClean();

        Assert.Equal(SecondQuestion, Assert.Single(host.Prompts).Caption);
        Assert.All(run.Output, o => Assert.Equal("Replaced", o.Properties["Result"].Value.ToString()));
        Assert.Equal("NoPolicyRole", _emulator.RoleOf("i-ubuntu2204"));
        Assert.Equal("NoPolicyRole", _emulator.RoleOf("i-mysql-centos79"));
    }
}
