using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

public class RemoveEcsSnapshotGroupTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Remove-EcsSnapshotGroup";
    private readonly EmulatorFixture _emulator;

    public RemoveEcsSnapshotGroupTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void KeepLatestSparesTheNewestGroupOfEachInstance()
    {
        using var session = _emulator.OpenSession();
        var older = Groups.Create(_emulator, session, "i-ubuntu2204", "engine-older");
        var newer = Groups.Create(_emulator, session, "i-ubuntu2204", "engine-newer");

        var run = session.Run("Remove-EcsSnapshotGroup -InstanceId i-ubuntu2204 -KeepLatest 1 -Confirm:$false").AssertClean();

        Assert.Equal([older], run.Values<string>("SnapshotGroupId"));
        var left = session.Run("Get-EcsSnapshotGroup -InstanceId i-ubuntu2204").AssertClean();
        Assert.Equal([newer], left.Values<string>("SnapshotGroupId"));
    }

    [Fact]
    public void NoSelectorIsRefusedAndRemovesNothing()
    {
        using var session = _emulator.OpenSession();
        Groups.Create(_emulator, session, "i-ubuntu2204", "engine-kept");

        var run = session.Run("Remove-EcsSnapshotGroup -Confirm:$false");

        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, run.Error("NoGroupSelector").CategoryInfo.Category);
        Assert.Equal(1, _emulator.Control.GetSnapshotGroupCount("i-ubuntu2204"));
    }
}
