using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Cmdlets;

public class SetAppSnapshotDefaultTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Set-AppSnapshotDefault";
    private readonly EmulatorFixture _emulator;

    public SetAppSnapshotDefaultTests(EmulatorFixture emulator) => _emulator = emulator;

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void TheNextCmdletUsesTheDefaultAndSaysWhereItCameFrom()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);
        session.Run("Set-AppSnapshotDefault -RegionId cn-hangzhou").AssertClean();

        var run = session.Run("Get-EcsInstance -InstanceId i-ubuntu2204 -Debug").AssertClean();

        Assert.Equal(["i-ubuntu2204"], run.Values<string>("InstanceId"));
        Assert.Contains(run.Debug, d => d == "Region: cn-hangzhou from session default (Set-AppSnapshotDefault)");
    }

    [Fact]
    public void DefaultsBelongToTheirOwnRunspace()
    {
        using var first = _emulator.OpenSession(defaultRegion: false);
        using var second = _emulator.OpenSession(defaultRegion: false);

        first.Run("Set-AppSnapshotDefault -RegionId cn-beijing").AssertClean();

        Assert.Equal(["cn-beijing"], first.Run("Get-AppSnapshotDefault").AssertClean().Values<string?>("RegionId"));
        Assert.Equal([null], second.Run("Get-AppSnapshotDefault").AssertClean().Values<string?>("RegionId"));
    }

    [Fact]
    public void WhatIfChangesNothing()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);

        session.Run("Set-AppSnapshotDefault -RegionId cn-beijing -WhatIf").AssertClean();

        Assert.Equal([null], session.Run("Get-AppSnapshotDefault").AssertClean().Values<string?>("RegionId"));
    }

    [Fact]
    public void ConfirmInASessionThatCannotPromptIsConfirmationRequiredAndChangesNothing()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);

        var run = session.Run("Set-AppSnapshotDefault -RegionId cn-beijing -Confirm");

        Assert.Contains("Confirm:$false", run.Error("ConfirmationRequired").ErrorDetails.RecommendedAction);
        Assert.Equal([null], session.Run("Get-AppSnapshotDefault").AssertClean().Values<string?>("RegionId"));
    }
}
