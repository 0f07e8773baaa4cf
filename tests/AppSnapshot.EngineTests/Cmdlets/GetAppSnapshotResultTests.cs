using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Cmdlets;

public class GetAppSnapshotResultTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Get-AppSnapshotResult";
    private readonly EmulatorFixture _emulator;

    public GetAppSnapshotResultTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void WithoutWaitAnUnfinishedRunIsReportedLaterAndCollectedOnceFinished()
    {
        _emulator.Control.FreezeClock();
        using var session = _emulator.OpenSession();
        var invocation = session.Run("New-AppConsistentSnapshotGroup -InstanceId i-ubuntu2204 -Name engine-later -NoWait").AssertClean().Output.Single();

        var early = session.Run("Get-AppSnapshotResult -InvokeId $invocation.InvokeId", ("invocation", invocation)).AssertClean();
        _emulator.Control.AdvanceClock(TimeSpan.FromMinutes(10));
        var late = session.Run("Get-AppSnapshotResult -InvokeId $invocation.InvokeId", ("invocation", invocation)).AssertClean();

        Assert.Empty(early.Output);
        Assert.Contains(early.Warnings, w => w.Contains(invocation.Properties["InvokeId"].Value + "/i-ubuntu2204"));
        var result = Assert.Single(late.Output);
        Assert.Equal(invocation.Properties["InvokeId"].Value, result.Properties["InvokeId"].Value);
        Assert.Equal("engine-later", result.Properties["SnapshotGroupName"].Value);
    }
}
