using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Cmdlets;

public class TestAppSnapshotPrerequisiteTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "Test-AppSnapshotPrerequisite";
    private readonly EmulatorFixture _emulator;

    public TestAppSnapshotPrerequisiteTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void QuietGivesOneReadyFlagPerInstance()
    {
        using var session = _emulator.OpenSession();

        var reports = session.Run("Test-AppSnapshotPrerequisite -InstanceId i-ubuntu2204, i-no-role, i-stopped").AssertClean();
        var quiet = session.Run("Test-AppSnapshotPrerequisite -InstanceId i-ubuntu2204, i-no-role, i-stopped -Quiet").AssertClean();

        var ready = reports.Output.ToDictionary(r => (string)r.Properties["InstanceId"].Value, r => (bool)r.Properties["Ready"].Value);
        Assert.True(ready["i-ubuntu2204"]);
        Assert.False(ready["i-no-role"]);
        Assert.False(ready["i-stopped"]);
        Assert.Equal(reports.Output.Select(r => (bool)r.Properties["Ready"].Value), quiet.Output.Select(o => (bool)o.BaseObject));
    }
}
