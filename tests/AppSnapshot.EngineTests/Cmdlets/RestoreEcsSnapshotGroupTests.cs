using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

public class RestoreEcsSnapshotGroupTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Restore-EcsSnapshotGroup";
    private readonly EmulatorFixture _emulator;

    public RestoreEcsSnapshotGroupTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void ARunningInstanceIsRefusedWithoutStopInstance()
    {
        using var session = _emulator.OpenSession();
        var group = Groups.Create(_emulator, session, "i-ubuntu2204", "engine-running");

        var run = session.Run("Restore-EcsSnapshotGroup -SnapshotGroupId $group -Confirm:$false", ("group", group));

        var error = Assert.Single(run.Errors);
        Assert.Contains("-StopInstance", error.ErrorDetails.RecommendedAction);
        Assert.Empty(run.Output);
        Assert.DoesNotContain("ResetDisks", _emulator.Control.GetCallCounts().Keys);
    }

    [Fact]
    public void StopInstanceAndStartInstanceRollBackARunningInstanceAndStartItAgain()
    {
        using var session = _emulator.OpenSession();
        var group = Groups.Create(_emulator, session, "i-ubuntu2204", "engine-restart");

        var run = session.Run("Restore-EcsSnapshotGroup -SnapshotGroupId $group -StopInstance -StartInstance -Confirm:$false", ("group", group)).AssertClean();

        Assert.Equal(["d-ubuntu2204-data1", "d-ubuntu2204-sys"], run.Values<string>("DiskId").Order());
        Assert.Contains(run.Progress, p => p.Activity == "Waiting for i-ubuntu2204 to be Stopped");
        Assert.Equal(1, _emulator.Control.GetCallCounts()["StopInstance"]);
        Assert.Equal(1, _emulator.Control.GetCallCounts()["StartInstance"]);
    }
}
