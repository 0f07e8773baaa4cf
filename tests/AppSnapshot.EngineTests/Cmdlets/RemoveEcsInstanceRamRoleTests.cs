using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

public class RemoveEcsInstanceRamRoleTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Remove-EcsInstanceRamRole";
    private static readonly string[] Instances = ["i-ubuntu2204", "i-mysql-centos79", "i-mixed-disks"];
    private readonly EmulatorFixture _emulator;

    public RemoveEcsInstanceRamRoleTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void EachInstanceIsAskedForAndOnlyTheOnesAnsweredYesLoseTheirRole()
    {
        var host = new ScriptedHost(Answer.Yes, Answer.No, Answer.Yes);
        using var session = _emulator.OpenSession(host);

        var run = session.Run("Remove-EcsInstanceRamRole -InstanceId $ids -Confirm -PassThru", ("ids", Instances)).AssertClean();

        Assert.Equal(3, host.Prompts.Count);
        var asked = host.Prompts.Select(p => Instances.Single(id => p.Message.Contains('"' + id + '"'))).ToList();
        Assert.Equal(Instances.OrderBy(i => i), asked.OrderBy(i => i));
        var yes = asked.Where((_, index) => host.Prompts[index].Answer == Answer.Yes).ToList();
        Assert.Equal(yes.OrderBy(i => i), run.Values<string>("InstanceId").OrderBy(i => i));
        foreach (var id in Instances) Assert.Equal(yes.Contains(id) ? null : "EcsSnapshotRole", _emulator.RoleOf(id));
    }

    [Fact]
    public void YesToAllIsAskedOnceForAllInstances()
    {
        var host = new ScriptedHost(Answer.YesToAll);
        using var session = _emulator.OpenSession(host);

        var run = session.Run("Remove-EcsInstanceRamRole -InstanceId $ids -Confirm -PassThru", ("ids", Instances)).AssertClean();

        Assert.Single(host.Prompts);
        Assert.Equal(3, run.Output.Count);
        Assert.All(Instances, id => Assert.Null(_emulator.RoleOf(id)));
    }

    [Fact]
    public void NoToAllIsAskedOnceAndDetachesNothing()
    {
        var host = new ScriptedHost(Answer.NoToAll);
        using var session = _emulator.OpenSession(host);

        var run = session.Run("Remove-EcsInstanceRamRole -InstanceId $ids -Confirm -PassThru", ("ids", Instances)).AssertClean();

        Assert.Single(host.Prompts);
        Assert.Empty(run.Output);
        Assert.All(Instances, id => Assert.Equal("EcsSnapshotRole", _emulator.RoleOf(id)));
    }

    [Fact]
    public void ANamedRoleThatIsNotAttachedIsLeftAlone()
    {
        using var session = _emulator.OpenSession();

        session.Run("Remove-EcsInstanceRamRole -InstanceId i-ubuntu2204 -RamRoleName NoPolicyRole -Confirm:$false -PassThru").AssertClean();

        Assert.Equal("EcsSnapshotRole", _emulator.RoleOf("i-ubuntu2204"));
    }
}
