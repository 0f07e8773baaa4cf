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

    private int CallsTo(string action) => _emulator.Control.GetCallCounts().TryGetValue(action, out var n) ? n : 0;

    private (int Instances, int Roles, int CloudAssistant) Reads() =>
        (CallsTo("DescribeInstances"), CallsTo("DescribeInstanceRamRole"), CallsTo("DescribeCloudAssistantStatus"));

    [Fact]
    public void InstancesPipedFromGetEcsInstanceAreUsedAsReadNotReadAgain()
    {
        using var session = _emulator.OpenSession();
        var before = Reads();

        var run = session.Run("Get-EcsInstance -InstanceId i-ubuntu2204, i-win2019-sql | New-AppConsistentSnapshotGroup -Name engine-piped").AssertClean();

        Assert.Equal(new[] { "i-ubuntu2204", "i-win2019-sql" }, run.Output.Select(r => (string)r.Properties["InstanceId"].Value).OrderBy(x => x));
        var after = Reads();
        // One read each, all of them Get-EcsInstance's.
        Assert.Equal((before.Instances + 1, before.Roles + 1, before.CloudAssistant + 1), after);
    }

    [Fact]
    public void IdsWithoutTheDetailAreReadAgain()
    {
        using var session = _emulator.OpenSession();
        var before = Reads();

        var run = session.Run("Get-EcsInstance -InstanceId i-ubuntu2204 -SkipDetail | New-AppConsistentSnapshotGroup -Name engine-skipdetail").AssertClean();

        Assert.Equal("i-ubuntu2204", (string)Assert.Single(run.Output).Properties["InstanceId"].Value);
        var after = Reads();
        Assert.Equal((before.Instances + 2, before.Roles + 1, before.CloudAssistant + 1), after);
    }

    [Fact]
    public void AnObjectThatOnlyNamesAnInstanceDoesNotBindAsAnInstanceRead()
    {
        using var session = _emulator.OpenSession();
        var before = Reads();

        // A PSCustomObject with InstanceId and RegionId: bound by property name only, so the instance is read.
        var run = session.Run("[pscustomobject]@{ InstanceId = 'i-ubuntu2204'; RegionId = 'cn-hangzhou' } | New-AppConsistentSnapshotGroup -Name engine-custom").AssertClean();

        Assert.Single(run.Output);
        Assert.Equal(before.Instances + 1, CallsTo("DescribeInstances"));
    }
}
