
namespace EcsEmulator.Tests.Plugin;

public class LinuxPluginTests : PluginTest
{
    private const string Basic = "-RamRoleName=\"EcsSnapshotRole\",-Name=\"mysql-daily\",-Description=\"nightly\"";

    [Fact]
    public async Task UploadedRootOnlyScriptsGiveAnApplicationConsistentGroup()
    {
        await UploadScriptsAsync("i-mysql-centos79");
        var r = await RunPluginAsync("i-mysql-centos79", $"{Basic},{ScriptParams},-EnableFsFreeze=true,-TimeoutInSeconds=30,-ScriptTimeoutInSeconds=600");

        Assert.Equal((0L, "Success"), (r.ExitCode, r.Status));
        Assert.Matches("^\\[level=\"info\"\\]\\[time=\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{9}\"\\]\\[message=\"", r.Output);
        Assert.Contains("[message=\"AppConsistent Snapshots with Pre/Post-Script Enabled\"]", r.Output);
        Assert.Contains("[message=\"Start to Execute PreScript /tmp/prescript.sh\"]", r.Output);
        Assert.Contains("[output=\"\n*****\n[INFO]:Begin to freeze mysql.", r.Output);
        Assert.Matches("Finish SnapshotGroup=ssg-[a-z0-9]+ Creation, TotalCost=[0-9.]+s, QueryCost=[0-9.]+s", r.Output);
        Assert.Matches("Prescript cost=[0-9.]+m?s, Postscript cost=[0-9.]+ms", r.Output);
        Assert.Matches("Prepare Freeze=[0-9.]+s, Thaw cost=[0-9.]+ms, Snapshot Creation=[0-9.]+s, Tag Resources=[0-9.]+ms", r.Output);
        Assert.Contains("Tag snapshots with AppConsistent", r.Output);
        var groupId = GroupIdFromOutput(r.Output);

        var group = Assert.Single(await GroupsAsync("i-mysql-centos79"));
        Assert.Equal(groupId, group.GetProperty("SnapshotGroupId").GetString());
        Assert.Equal("mysql-daily", group.GetProperty("Name").GetString());
        Assert.Equal("accomplished", group.GetProperty("Status").GetString());
        var snapshots = group.GetProperty("Snapshots").GetProperty("Snapshot").EnumerateArray().ToList();
        Assert.Equal(2, snapshots.Count);
        Assert.All(snapshots, s =>
        {
            var tags = SnapshotTags(s);
            Assert.Equal("True", tags["APPConsistent"]);
            Assert.Equal("i-mysql-centos79", tags["acs:ecs:createFrom"]);
            Assert.False(tags.ContainsKey("FsConsistent"));
        });

        var described = (await Client.EcsAsync("DescribeSnapshots", Hz, P("InstanceId", "i-mysql-centos79"))).AssertOk();
        var first = described["Snapshots.Snapshot.0"];
        Assert.Contains(first.GetProperty("Tags").GetProperty("Tag").EnumerateArray(), t => t.GetProperty("TagKey").GetString() == "APPConsistent" && t.GetProperty("TagValue").GetString() == "True");
        Assert.Equal(1, Control.GetSnapshotGroupCount("i-mysql-centos79"));
    }

    [Fact]
    public async Task WithoutScriptsTheGroupIsFileSystemConsistent()
    {
        var r = await RunPluginAsync("i-mysql-centos79", $"{Basic},{ScriptParams}");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Take FsConsistent snapshots successfully", r.Output);
        Assert.DoesNotContain("Prescript cost", r.Output);
        Assert.All((await GroupsAsync("i-mysql-centos79"))[0].GetProperty("Snapshots").GetProperty("Snapshot").EnumerateArray(),
            s => Assert.Equal("True", SnapshotTags(s)["FsConsistent"]));
    }

    [Theory]
    [InlineData("0755", "root")]
    [InlineData("0700", "mysql")]
    public async Task ScriptsWithTheWrongModeOrOwnerFallBackToFileSystemConsistency(string mode, string owner)
    {
        await UploadScriptsAsync("i-mysql-centos79", mode, owner);
        var r = await RunPluginAsync("i-mysql-centos79", $"{Basic},{ScriptParams}");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Take FsConsistent snapshots successfully", r.Output);
    }

    [Fact]
    public async Task ScriptsPresentButNotNamedInParamsGiveFileSystemConsistency()
    {
        await UploadScriptsAsync("i-mysql-centos79");
        var r = await RunPluginAsync("i-mysql-centos79", Basic);
        Assert.Contains("Take FsConsistent snapshots successfully", r.Output);
    }

    [Fact]
    public async Task AFailingPreScriptFallsBackToFileSystemConsistencyByDefault()
    {
        await UploadScriptsAsync("i-mysql-centos79");
        Control.SetScriptBehaviour("i-mysql-centos79", "prescript", ScriptBehaviour.Fail(1, "[ERROR]: mysql is down"));
        var r = await RunPluginAsync("i-mysql-centos79", $"{Basic},{ScriptParams}");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("[level=\"warning\"]", r.Output);
        Assert.Contains("[ERROR]: mysql is down", r.Output);
        Assert.Contains("Take FsConsistent snapshots successfully", r.Output);
    }

    [Fact]
    public async Task AFailingPreScriptExitsNineInTheErrorTableMode()
    {
        await UploadScriptsAsync("i-mysql-centos79");
        Control.SetPreScriptFailureMode(PreScriptFailureMode.Exit9);
        Control.SetScriptBehaviour("i-mysql-centos79", "prescript", ScriptBehaviour.Fail(3));
        var r = await RunPluginAsync("i-mysql-centos79", $"{Basic},{ScriptParams}");
        Assert.Equal((9L, "Failed"), (r.ExitCode, r.Status));
        Assert.Empty(await GroupsAsync("i-mysql-centos79"));
    }

    [Fact]
    public async Task AHangingPreScriptIsKilledAtScriptTimeoutAndFallsBack()
    {
        await UploadScriptsAsync("i-mysql-centos79");
        Control.SetScriptBehaviour("i-mysql-centos79", "prescript", ScriptBehaviour.Hang());
        var r = await RunPluginAsync("i-mysql-centos79", $"{Basic},{ScriptParams},-ScriptTimeoutInSeconds=5");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("timeout after 5s", r.Output);
        Assert.Contains("Take FsConsistent snapshots successfully", r.Output);
    }

    [Fact]
    public async Task AFailingPostScriptExitsTenAndLeavesAnUntaggedGroup()
    {
        await UploadScriptsAsync("i-mysql-centos79");
        Control.SetScriptBehaviour("i-mysql-centos79", "postscript", ScriptBehaviour.Fail(2));
        var r = await RunPluginAsync("i-mysql-centos79", $"{Basic},{ScriptParams}");
        Assert.Equal(10, r.ExitCode);
        var snapshot = (await GroupsAsync("i-mysql-centos79"))[0].GetProperty("Snapshots").GetProperty("Snapshot")[0];
        Assert.Equal(["acs:ecs:createFrom"], SnapshotTags(snapshot).Keys);
    }

    [Fact]
    public async Task OnlyEssdDisksJoinTheGroupAndExcludedDisksStayOut()
    {
        var r = await RunPluginAsync("i-mixed-disks", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"mixed\"");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Skip DiskId=d-mixed-disks-efficiency", r.Output);
        var disks = (await GroupsAsync("i-mixed-disks"))[0].GetProperty("Snapshots").GetProperty("Snapshot").EnumerateArray().Select(s => s.GetProperty("SourceDiskId").GetString()).Order().ToArray();
        Assert.Equal(new[] { "d-mixed-disks-data1", "d-mixed-disks-sys" }, disks);

        var excluded = await RunPluginAsync("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"sysonly\",-ExcludeDiskId=\"d-ubuntu2204-data1\"");
        Assert.Equal(0, excluded.ExitCode);
        var only = Assert.Single((await GroupsAsync("i-ubuntu2204"))[0].GetProperty("Snapshots").GetProperty("Snapshot").EnumerateArray());
        Assert.Equal("d-ubuntu2204-sys", only.GetProperty("SourceDiskId").GetString());
    }

    [Theory]
    [InlineData("i-no-role", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"g1\"", 13)]
    [InlineData("i-no-essd", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"g1\"", 3)]
    [InlineData("i-role-no-policy", "-RamRoleName=\"NoPolicyRole\",-Name=\"g1\"", 3)]
    [InlineData("i-ubuntu2204", "-RamRoleName=\"SomeOtherRole\",-Name=\"g1\"", 1)]
    [InlineData("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"1-starts-with-digit\"", 1)]
    [InlineData("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"http://evil\"", 1)]
    [InlineData("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\"", 2)]
    [InlineData("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"g1\",-Colour=\"red\"", 2)]
    [InlineData("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"g1\",-TimeoutInSeconds=soon", 2)]
    [InlineData("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"g1\",-EnableFsFreeze=\\\"true\\\"", 2)]
    [InlineData("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"g1\",-EnableWriters=true", 2)]
    public async Task PreconditionFailuresGiveTheDocumentedExitCode(string instance, string parameters, int expected)
    {
        var r = await RunPluginAsync(instance, parameters);
        Assert.Equal((expected, "Failed"), ((int)r.ExitCode, r.Status));
        Assert.Contains("[level=\"error\"]", r.Output);
        Assert.Equal(0, Control.GetSnapshotGroupCount(instance));
    }

    [Fact]
    public async Task SpellingVariantsAndEscapedQuotesAreAccepted()
    {
        var r = await RunPluginAsync("i-ubuntu2204",
            "-RamRoleName=\\\"EcsSnapshotRole\\\",-Name=\\\"variants\\\",-InstantAccess=true,-InstantAccessRentationDays=2,-ScriptTimeoutInSecs=60,-ExcludeDiskId=\\\"\\\"");
        Assert.Equal(0, r.ExitCode);
        var r2 = await RunPluginAsync("i-ubuntu2204", "-RamRoleName=EcsSnapshotRole,-Name=variants2,-InstantAccessRentalDays=3");
        Assert.Equal(0, r2.ExitCode);
    }

    [Fact]
    public async Task TheGroupProgressesThenCompletes()
    {
        Control.FreezeClock();
        var r = await RunPluginAsync("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"progress\"", finishEverything: false);
        Assert.Equal("Pending", r.Status);
        LetTimePass(0.1); // the plug-in takes ~5 s of guest time, 50 ms at speed 0.01
        Assert.Equal("Success", (await ResultOfAsync(r.InvokeId)).GetProperty("InvocationStatus").GetString());
        var group = (await GroupsAsync("i-ubuntu2204"))[0];
        Assert.Equal("progressing", group.GetProperty("Status").GetString());
        Assert.NotEqual("100%", group.GetProperty("Snapshots").GetProperty("Snapshot")[0].GetProperty("Progress").GetString());
        LetTimePass(1);
        group = (await GroupsAsync("i-ubuntu2204"))[0];
        Assert.Equal("accomplished", group.GetProperty("Status").GetString());
        Assert.Equal("100%", group.GetProperty("Snapshots").GetProperty("Snapshot")[0].GetProperty("Progress").GetString());
    }

    [Fact]
    public async Task APluginLongerThanTheCommandTimeoutEndsInTimeout()
    {
        await UploadScriptsAsync("i-mysql-centos79");
        Control.SetScriptBehaviour("i-mysql-centos79", "prescript", ScriptBehaviour.Hang());
        var run = (await RunCommandAsync("i-mysql-centos79", Linux + $"{Basic},{ScriptParams}", "RunShellScript", P("Timeout", "60"))).AssertOk();
        LetTimePass();
        var result = await ResultOfAsync(run["InvokeId"].GetString()!);
        Assert.Equal("Timeout", result.GetProperty("InvocationStatus").GetString());
        Assert.Contains("Start to Execute PreScript", Decode(result.GetProperty("Output")));
        Assert.Equal(0, Control.GetSnapshotGroupCount("i-mysql-centos79"));
    }

    [Fact]
    public async Task TheWindowsPluginIsNotAvailableOnLinux()
    {
        var run = (await RunCommandAsync("i-ubuntu2204", Windows + "-RamRoleName=\"EcsSnapshotRole\",-Name=\"g1\"")).AssertOk();
        LetTimePass();
        var result = await ResultOfAsync(run["InvokeId"].GetString()!);
        Assert.Equal(1, result.GetProperty("ExitCode").GetInt64());
        Assert.Contains("app-snapshot-plugin-win is not found", Decode(result.GetProperty("Output")));
    }
}
