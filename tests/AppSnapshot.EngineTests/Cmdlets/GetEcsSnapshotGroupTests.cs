using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

public class GetEcsSnapshotGroupTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Get-EcsSnapshotGroup";
    private readonly EmulatorFixture _emulator;

    public GetEcsSnapshotGroupTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void ANamePatternSelectsOnlyMatchingGroupsWithTheirSnapshots()
    {
        using var session = _emulator.OpenSession();
        var nightly = Groups.Create(_emulator, session, "i-ubuntu2204", "nightly-1");
        Groups.Create(_emulator, session, "i-ubuntu2204", "weekly-1");

        var run = session.Run("Get-EcsSnapshotGroup -InstanceId i-ubuntu2204 -Name 'nightly*'").AssertClean();

        var group = Assert.Single(run.Output);
        Assert.Equal(nightly, group.Properties["SnapshotGroupId"].Value);
        var snapshots = ((System.Collections.IEnumerable)group.Properties["Snapshots"].Value).Cast<object>().ToList();
        Assert.Equal(2, snapshots.Count);
    }
}
