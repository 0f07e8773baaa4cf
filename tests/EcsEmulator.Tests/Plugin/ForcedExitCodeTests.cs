namespace EcsEmulator.Tests.Plugin;

/// <summary>Exit codes that cannot arise from the fixture alone are forced with SetPluginFault.</summary>
public class ForcedExitCodeTests : PluginTest
{
    [Theory]
    [InlineData(4, 0, null)]
    [InlineData(5, 1, "failed")]
    [InlineData(6, 1, "progressing")]
    [InlineData(7, 1, "failed")]
    [InlineData(8, 1, "accomplished")]
    [InlineData(11, 0, null)]
    [InlineData(12, 1, "accomplished")]
    [InlineData(14, 0, null)]
    [InlineData(15, 1, "failed")]
    [InlineData(16, 0, null)]
    [InlineData(255, 1, "accomplished")]
    public async Task AForcedFaultEndsTheRunWithThatCode(int code, int groups, string? groupStatus)
    {
        Control.SetPluginFault("i-ubuntu2204", code);
        var r = await RunPluginAsync("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"forced\"");
        Assert.Equal((code, "Failed"), ((int)r.ExitCode, r.Status));
        Assert.Contains("[level=\"error\"]", r.Output);
        Assert.DoesNotContain("Finish whole Processes of Snapshot successfully", r.Output);
        var found = await GroupsAsync("i-ubuntu2204");
        Assert.Equal(groups, found.Length);
        if (groupStatus is null) return;
        Assert.Equal(groupStatus, found[0].GetProperty("Status").GetString());
        // A failed run never claims a consistency level.
        Assert.All(found[0].GetProperty("Snapshots").GetProperty("Snapshot").EnumerateArray(), s => Assert.Equal(["acs:ecs:createFrom"], SnapshotTags(s).Keys));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(13)]
    public async Task NaturallyReachableCodesCanAlsoBeForced(int code)
    {
        Control.SetPluginFault("i-ubuntu2204", code);
        var r = await RunPluginAsync("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"forced\"");
        Assert.Equal(code, r.ExitCode);
    }

    [Fact]
    public async Task ClearingTheFaultRestoresSuccess()
    {
        Control.SetPluginFault("i-ubuntu2204", 4);
        Control.SetPluginFault("i-ubuntu2204", null);
        Assert.Equal(0, (await RunPluginAsync("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"ok\"")).ExitCode);
    }
}
