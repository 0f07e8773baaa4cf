namespace EcsEmulator.Tests.Plugin;

public class WindowsPluginTests : PluginTest
{
    // The seeds' sample command, escaped quotes and the InstantAccessRentationDays spelling included.
    private const string SeedSample = "-RamRoleName=\\\"EcsSnapshotRole\\\",-InstantAccess=true,-EnableWriters=true,-Description=\\\"AppSnapshot\\\",-InstantAccessRentationDays=1,-ExcludeDiskId=\\\"\\\",-Name=\\\"APPSnapshot-1\\\"";

    [Fact]
    public async Task SqlServerWithWritersIsApplicationConsistent()
    {
        var r = await RunPluginAsync("i-win2019-sql", SeedSample, windows: true);
        Assert.Equal(0, r.ExitCode);
        Assert.Matches("\\[time=\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{7}\"\\]", r.Output);
        Assert.Contains("Start to Initialize VSS Requestor ...", r.Output);
        Assert.Contains("[requestor=\"", r.Output);
        Assert.Contains("* Writer 'SqlServerWriter':", r.Output);
        Assert.Contains("Tag snapshots with AppConistent", r.Output);
        Assert.Contains("Take AppConsistent snapshots successfully", r.Output);
        Assert.Matches("Prepare Freeze=1\\d\\.[0-9]+s, Thaw cost=", r.Output);
        var group = Assert.Single(await GroupsAsync("i-win2019-sql"));
        Assert.Equal(GroupIdFromOutput(r.Output), group.GetProperty("SnapshotGroupId").GetString());
        Assert.All(group.GetProperty("Snapshots").GetProperty("Snapshot").EnumerateArray(), s => Assert.Equal("True", SnapshotTags(s)["APPConsistent"]));
    }

    [Fact]
    public async Task WritersDisabledGiveFileSystemConsistency()
    {
        var r = await RunPluginAsync("i-win2019-sql", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"fs-only\",-EnableWriters=false", windows: true);
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("SqlServerWriter", r.Output);
        Assert.All((await GroupsAsync("i-win2019-sql"))[0].GetProperty("Snapshots").GetProperty("Snapshot").EnumerateArray(),
            s => Assert.Equal("True", SnapshotTags(s)["FsConsistent"]));
    }

    [Fact]
    public async Task NoWritersGiveFileSystemConsistencyEvenWhenEnabled()
    {
        var r = await RunPluginAsync("i-win2022-nowriters", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"nowriters\",-EnableWriters=true", windows: true);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Take FsConsistent snapshots successfully", r.Output);
    }

    [Fact]
    public async Task Windows2008R2IsUnsupported()
    {
        var r = await RunPluginAsync("i-win2008r2", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"legacy\"", windows: true);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("is not supported", r.Output);
    }

    [Fact]
    public async Task LinuxOnlyParametersAreRefusedOnWindows()
    {
        var r = await RunPluginAsync("i-win2019-sql", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"g\",-EnableFsFreeze=true", windows: true);
        Assert.Equal(2, r.ExitCode);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(14)]
    public async Task ForcedFaultsApplyToWindowsToo(int code)
    {
        Control.SetPluginFault("i-win2019-sql", code);
        var r = await RunPluginAsync("i-win2019-sql", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"forced\"", windows: true);
        Assert.Equal(code, r.ExitCode);
    }
}
