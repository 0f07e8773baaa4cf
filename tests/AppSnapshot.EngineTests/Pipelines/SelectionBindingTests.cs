using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Pipelines;

/// <summary>
/// Piped input selects exactly what was piped, and nothing else (issue 11). Every output type into every
/// cmdlet it binds to is in Matrix/; these are the edge cases: nothing to select, nothing piped, position 0.
/// </summary>
public class SelectionBindingTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public SelectionBindingTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Fact]
    public void APipedInstanceListsOnlyItsOwnGroups()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);
        var own = Groups.Create(_emulator, session, "i-ubuntu2204", "engine-own");
        Groups.Create(_emulator, session, "i-mysql-centos79", "engine-other");

        var run = session.Run("Get-EcsInstance -RegionId cn-hangzhou -InstanceId i-ubuntu2204 | Get-EcsSnapshotGroup").AssertClean();

        Assert.Equal([own], run.Values<string>("SnapshotGroupId"));
    }

    [Fact]
    public void APipedInstanceWithoutGroupsRemovesNothing()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);
        Groups.Create(_emulator, session, "i-ubuntu2204", "engine-other");

        var run = session.Run("Get-EcsInstance -RegionId cn-hangzhou -InstanceId i-win2008r2 | Remove-EcsSnapshotGroup -CreatedBefore 2030-01-01 -Confirm:$false").AssertClean();

        Assert.Empty(run.Output);
        Assert.Equal(1, _emulator.Control.GetSnapshotGroupCount("i-ubuntu2204"));
    }

    [Fact]
    public void APipedInstanceWithoutGroupsListsNothing()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);
        Groups.Create(_emulator, session, "i-ubuntu2204", "engine-other");

        var run = session.Run("Get-EcsInstance -RegionId cn-hangzhou -InstanceId i-win2008r2 | Get-EcsSnapshotGroup").AssertClean();

        Assert.Empty(run.Output);
    }

    [Fact]
    public void APipedInstanceIsRefusedByRestoreAtBindingAndNothingIsRolledBack()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);
        Groups.Create(_emulator, session, "i-ubuntu2204", "engine-other");
        _emulator.Control.SetInstanceStatus("i-ubuntu2204", "Stopped");
        var before = _emulator.State();

        var run = session.Run("Get-EcsInstance -RegionId cn-hangzhou -InstanceId i-win2008r2 | Restore-EcsSnapshotGroup -Confirm:$false");

        Assert.Null(run.Exception);
        Assert.Empty(run.Output);
        Assert.Equal("ParameterBindingException", run.Error("InputObjectMissingMandatory").Exception.GetType().Name);
        Assert.Single(run.Errors);
        Assert.Equal(before, _emulator.State());
    }

    [Theory]
    [InlineData("New-AppConsistentSnapshotGroup")]
    [InlineData("Set-EcsInstanceRamRole")]
    [InlineData("Send-AppSnapshotScript -Template MySQL")]
    [InlineData("Test-AppSnapshotPrerequisite")]
    public void AnEmptyPipelineIsAQuietNoOp(string consumer)
    {
        using var session = _emulator.OpenSession(defaultRegion: false);

        var run = session.Run("Get-EcsInstance -RegionId cn-hangzhou -Tag @{ app = 'none' } | " + consumer).AssertClean();

        Assert.Empty(run.Output);
        Assert.Equal("", _emulator.State().ChangingCalls);
    }

    [Fact]
    public void AnEmptyPipelineIntoGetEcsInstanceRamRoleIsAQuietNoOp()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);

        var run = session.Run("Get-EcsInstance -RegionId cn-hangzhou -Tag @{ app = 'none' } | Get-EcsInstanceRamRole").AssertClean();

        Assert.Empty(run.Output);
    }

    [Fact]
    public void AnInstanceIdGivenFirstGetsThatInstance()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);

        var run = session.Run("Get-EcsInstance i-ubuntu2204 -RegionId cn-hangzhou").AssertClean();

        Assert.Equal(["i-ubuntu2204"], run.Values<string>("InstanceId"));
    }
}
