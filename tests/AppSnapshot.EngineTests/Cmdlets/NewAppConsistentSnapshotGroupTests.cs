using AppSnapshot.EngineTests.Emulator;

namespace AppSnapshot.EngineTests.Cmdlets;

public class NewAppConsistentSnapshotGroupTests : IClassFixture<EmulatorFixture>
{
    private const string Cmdlet = "New-AppConsistentSnapshotGroup";
    private readonly EmulatorFixture _emulator;

    public NewAppConsistentSnapshotGroupTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Theory]
    [MemberData(nameof(ParameterSetCases.Of), Cmdlet, MemberType = typeof(ParameterSetCases))]
    public void EveryParameterSetRunsCleanWithTheDebugStreamOn(string parameterSet, DebugMode mode) =>
        ParameterSetCheck.Run(_emulator, Cmdlet, parameterSet, mode);

    [Fact]
    public void WindowsWithWritersIsApplicationConsistentAndWithoutWritersFileSystemConsistent()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("New-AppConsistentSnapshotGroup -InstanceId i-win2019-sql, i-win2022-nowriters -Name engine-windows").AssertClean();

        var consistency = run.Output.ToDictionary(r => (string)r.Properties["InstanceId"].Value, r => r.Properties["Consistency"].Value.ToString());
        Assert.Equal("Application", consistency["i-win2019-sql"]);
        Assert.Equal("FileSystem", consistency["i-win2022-nowriters"]);
        Assert.All(run.Output, r => Assert.StartsWith("ssg-", (string)r.Properties["SnapshotGroupId"].Value));
        Assert.Equal(1, _emulator.Control.GetSnapshotGroupCount("i-win2019-sql"));
    }

    [Fact]
    public void RequireApplicationConsistentMakesAFileSystemResultAnError()
    {
        using var session = _emulator.OpenSession();

        var run = session.Run("New-AppConsistentSnapshotGroup -InstanceId i-ubuntu2204 -Name engine-required -RequireApplicationConsistent");

        var result = Assert.Single(run.Output);
        Assert.Equal("FileSystem", result.Properties["Consistency"].Value.ToString());
        var error = run.Error("NotApplicationConsistent");
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidResult, error.CategoryInfo.Category);
        Assert.Same(result.BaseObject, error.TargetObject);
        Assert.Contains("Send-AppSnapshotScript", error.ErrorDetails.RecommendedAction);
    }
}
