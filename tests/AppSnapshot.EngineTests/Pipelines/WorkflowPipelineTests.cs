using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Pipelines;

/// <summary>The cmdlets piped into one another as the help shows them: each acts on what was piped.</summary>
public class WorkflowPipelineTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emulator;

    public WorkflowPipelineTests(EmulatorFixture emulator)
    {
        _emulator = emulator;
        _emulator.Reset();
    }

    [Fact]
    public void TheWholeWorkflowRunsAsOnePipeline()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);

        var run = session.Run("""
            Get-EcsInstance -RegionId cn-hangzhou -InstanceId i-mysql-centos79, i-no-role |
                Set-EcsInstanceRamRole -RamRoleName EcsSnapshotRole -PassThru |
                Send-AppSnapshotScript -Template MySQL |
                Test-AppSnapshotPrerequisite |
                New-AppConsistentSnapshotGroup -Name engine-workflow
            """).AssertClean();

        Assert.Equal(["i-mysql-centos79", "i-no-role"], run.Values<string>("InstanceId").Order());
        Assert.All(run.Output, r => Assert.Equal("Application", r.Properties["Consistency"].Value.ToString()));
        Assert.Equal("EcsSnapshotRole", _emulator.RoleOf("i-no-role"));
        Assert.All(new[] { "i-mysql-centos79", "i-no-role" }, id =>
            Assert.Equal(["/tmp/postscript.sh", "/tmp/prescript.sh"], _emulator.Control.GetFiles(id).Select(f => f.Path).Order()));
    }

    [Fact]
    public void AResultPipedToGetEcsSnapshotGroupGivesItsGroup()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);
        Groups.Create(_emulator, session, "i-ubuntu2204", "engine-other");

        var run = session.Run("New-AppConsistentSnapshotGroup -RegionId cn-hangzhou -InstanceId i-ubuntu2204 -Name engine-piped -OutVariable made | Get-EcsSnapshotGroup").AssertClean();

        var group = Assert.Single(run.Output);
        Assert.Equal("engine-piped", group.Properties["Name"].Value);
        var made = (System.Collections.IList)session.Runspace.SessionStateProxy.GetVariable("made");
        Assert.Equal(((System.Management.Automation.PSObject)made[0]!).Properties["SnapshotGroupId"].Value, group.Properties["SnapshotGroupId"].Value);
    }

    [Fact]
    public void PipedGroupsAreRemovedAndNoOthers()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);
        var first = Groups.Create(_emulator, session, "i-ubuntu2204", "engine-prune-1");
        var second = Groups.Create(_emulator, session, "i-ubuntu2204", "engine-prune-2");
        Groups.Create(_emulator, session, "i-mysql-centos79", "engine-keep");

        var run = session.Run("Get-EcsSnapshotGroup -RegionId cn-hangzhou -InstanceId i-ubuntu2204 | Remove-EcsSnapshotGroup -Confirm:$false").AssertClean();

        Assert.Equal(new[] { first, second }.Order(), run.Values<string>("SnapshotGroupId").Order());
        Assert.All(run.Output, r => Assert.Equal("Removed", r.Properties["Status"].Value.ToString()));
        Assert.Equal(0, _emulator.Control.GetSnapshotGroupCount("i-ubuntu2204"));
        Assert.Equal(1, _emulator.Control.GetSnapshotGroupCount("i-mysql-centos79"));
    }

    [Fact]
    public void APipedGroupIsRolledBack()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);
        var group = Groups.Create(_emulator, session, "i-ubuntu2204", "engine-rollback");
        _emulator.Control.SetInstanceStatus("i-ubuntu2204", "Stopped");

        var run = session.Run("Get-EcsSnapshotGroup -RegionId cn-hangzhou -SnapshotGroupId $group | Restore-EcsSnapshotGroup -Confirm:$false", ("group", group)).AssertClean();

        Assert.Equal(["d-ubuntu2204-data1", "d-ubuntu2204-sys"], run.Values<string>("DiskId").Order());
        Assert.All(run.Output, r => Assert.Equal(group, r.Properties["SnapshotGroupId"].Value));
        Assert.All(run.Output, r => Assert.Equal(true, r.Properties["Succeeded"].Value));
    }

    [Fact]
    public void PipedInstancesGetTheirOwnRoles()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);

        var run = session.Run("Get-EcsInstance -RegionId cn-hangzhou -InstanceId i-role-no-policy, i-no-role | Get-EcsInstanceRamRole").AssertClean();

        Assert.Equal(["i-no-role", "i-role-no-policy"], run.Values<string>("InstanceId").Order());
        Assert.Equal("NoPolicyRole", run.Output.Single(o => (string)o.Properties["InstanceId"].Value == "i-role-no-policy").Properties["RamRoleName"].Value);
    }

    [Fact]
    public void InstancesOfTwoRegionsPipedTogetherAreEachLookedUpInTheirOwnRegion()
    {
        using var session = _emulator.OpenSession(defaultRegion: false);

        var run = session.Run("""
            @(Get-EcsInstance -RegionId cn-hangzhou -InstanceId i-ubuntu2204) + @(Get-EcsInstance -RegionId cn-shanghai) |
                Get-EcsInstanceRamRole
            """).AssertClean();

        var regions = run.Output.ToDictionary(o => (string)o.Properties["InstanceId"].Value, o => (string)o.Properties["RegionId"].Value);
        Assert.Equal(new Dictionary<string, string> { ["i-ubuntu2204"] = "cn-hangzhou", ["i-centos76-shanghai"] = "cn-shanghai" }, regions);
    }
}
