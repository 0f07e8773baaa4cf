using EcsEmulator.Tests.Plugin;

namespace EcsEmulator.Tests.Ecs;

public class SnapshotTests : PluginTest
{
    private async Task<string> GroupOfUbuntuAsync(string name = "g1")
    {
        var r = await RunPluginAsync("i-ubuntu2204", $"-RamRoleName=\"EcsSnapshotRole\",-Name=\"{name}\"");
        Assert.Equal(0, r.ExitCode);
        return GroupIdFromOutput(r.Output);
    }

    [Fact]
    public async Task DescribeSnapshotsFiltersByIdsAndTagsAndPages()
    {
        await GroupOfUbuntuAsync("a1");
        await GroupOfUbuntuAsync("a2");
        var all = (await Client.EcsAsync("DescribeSnapshots", Hz, P("InstanceId", "i-ubuntu2204"), P("PageSize", "3"))).AssertOk();
        Assert.Equal(4, all["TotalCount"].GetInt32());
        Assert.Equal(3, all["Snapshots.Snapshot"].GetArrayLength());
        var first = all["Snapshots.Snapshot.0"];
        Assert.Equal("accomplished", first.GetProperty("Status").GetString());
        Assert.Equal("100%", first.GetProperty("Progress").GetString());

        var id = first.GetProperty("SnapshotId").GetString()!;
        var byId = (await Client.EcsAsync("DescribeSnapshots", Hz, P("SnapshotIds", $"[\"{id}\",\"s-unknown\"]"))).AssertOk();
        Assert.Equal(1, byId["TotalCount"].GetInt32());
        var byTag = (await Client.EcsAsync("DescribeSnapshots", Hz, P("Tag.1.Key", "FsConsistent"), P("Tag.1.Value", "True"))).AssertOk();
        Assert.Equal(4, byTag["TotalCount"].GetInt32());
        (await Client.EcsAsync("DescribeSnapshots", Hz, P("SnapshotIds", "s-1"))).AssertError(403, "InvalidSnapshotIds.Malformed");
        (await Client.EcsAsync("DescribeSnapshots", Hz, P("Status", "done"))).AssertError(404, "InvalidStatus.NotFound");

        var tags = (await Client.EcsAsync("ListTagResources", Hz, P("ResourceType", "snapshot"), P("ResourceId.1", id))).AssertOk();
        Assert.Contains(tags["TagResources.TagResource"].EnumerateArray(), t => t.GetProperty("TagKey").GetString() == "acs:ecs:createFrom");
    }

    [Fact]
    public async Task DescribeSnapshotGroupsUsesTokenPagingOnly()
    {
        await GroupOfUbuntuAsync("b1");
        await GroupOfUbuntuAsync("b2");
        var page = (await Client.EcsAsync("DescribeSnapshotGroups", Hz, P("InstanceId", "i-ubuntu2204"), P("MaxResults", "1"))).AssertOk();
        Assert.Equal(1, page["SnapshotGroups.SnapshotGroup"].GetArrayLength());
        Assert.False(page.Body.TryGetProperty("TotalCount", out _));
        var next = (await Client.EcsAsync("DescribeSnapshotGroups", Hz, P("InstanceId", "i-ubuntu2204"), P("MaxResults", "1"), P("NextToken", page["NextToken"].GetString()!))).AssertOk();
        Assert.Equal("", next["NextToken"].GetString());
        Assert.NotEqual(page["SnapshotGroups.SnapshotGroup.0.SnapshotGroupId"].GetString(), next["SnapshotGroups.SnapshotGroup.0.SnapshotGroupId"].GetString());
        (await Client.EcsAsync("DescribeSnapshotGroups", Hz, P("Status.1", "done"))).AssertError(403, "InvalidStatus.ValueNotSupported");
        var byStatus = (await Client.EcsAsync("DescribeSnapshotGroups", Hz, P("Status.1", "accomplished"))).AssertOk();
        Assert.Equal(2, byStatus["SnapshotGroups.SnapshotGroup"].GetArrayLength());
    }

    [Fact]
    public async Task DeleteSnapshotGroupReportsEachMemberSnapshot()
    {
        var groupId = await GroupOfUbuntuAsync();
        var r = (await Client.EcsAsync("DeleteSnapshotGroup", Hz, P("SnapshotGroupId", groupId))).AssertOk();
        var progress = r["OperationProgressSet.OperationProgress"].EnumerateArray().ToList();
        Assert.Equal(2, progress.Count);
        Assert.All(progress, p =>
        {
            Assert.Equal("Success", p.GetProperty("OperationStatus").GetString());
            Assert.Equal("SnapshotId", p.GetProperty("RelatedItemSet").GetProperty("RelatedItem")[0].GetProperty("Name").GetString());
        });
        Assert.Empty(await GroupsAsync("i-ubuntu2204"));
        (await Client.EcsAsync("DeleteSnapshotGroup", Hz, P("SnapshotGroupId", groupId))).AssertError(404, "InvalidSnapshotGroupId.NotFound");
    }

    [Fact]
    public async Task ResetDisksNeedsAStoppedInstanceAMatchingAndFinishedSnapshot()
    {
        var groupId = await GroupOfUbuntuAsync();
        var snapshots = (await GroupsAsync("i-ubuntu2204"))[0].GetProperty("Snapshots").GetProperty("Snapshot").EnumerateArray()
            .ToDictionary(s => s.GetProperty("SourceDiskId").GetString()!, s => s.GetProperty("SnapshotId").GetString()!);
        var sys = snapshots["d-ubuntu2204-sys"];

        (await Client.EcsAsync("ResetDisks", Hz, P("Disk.1.DiskId", "d-ubuntu2204-sys"), P("Disk.1.SnapshotId", sys))).AssertError(403, "IncorrectInstanceStatus");
        (await Client.EcsAsync("StopInstance", P("InstanceId", "i-ubuntu2204"))).AssertOk();
        LetTimePass(60);
        (await Client.EcsAsync("ResetDisks", Hz, P("Disk.1.DiskId", "d-ubuntu2204-data1"), P("Disk.1.SnapshotId", sys))).AssertError(403, "InvalidParameter.Mismatch");
        (await Client.EcsAsync("ResetDisks", Hz, P("Disk.1.DiskId", "d-ubuntu2204-sys"), P("Disk.1.SnapshotId", "s-nope"))).AssertError(404, "InvalidSnapshotId.NotFound");
        (await Client.EcsAsync("ResetDisks", Hz, P("Disk.1.DiskId", "d-nope"), P("Disk.1.SnapshotId", sys))).AssertError(404, "InvalidDiskId.NotFound");
        var r = (await Client.EcsAsync("ResetDisks", Hz,
            P("Disk.1.DiskId", "d-ubuntu2204-sys"), P("Disk.1.SnapshotId", sys),
            P("Disk.2.DiskId", "d-ubuntu2204-data1"), P("Disk.2.SnapshotId", snapshots["d-ubuntu2204-data1"]))).AssertOk();
        Assert.Equal(2, r["OperationProgressSet.OperationProgress"].GetArrayLength());
        Assert.Equal(groupId, (await GroupsAsync("i-ubuntu2204"))[0].GetProperty("SnapshotGroupId").GetString());
    }

    [Fact]
    public async Task ResetDisksRefusesASnapshotStillProgressing()
    {
        Control.FreezeClock();
        var run = await RunPluginAsync("i-ubuntu2204", "-RamRoleName=\"EcsSnapshotRole\",-Name=\"fresh\"", finishEverything: false);
        LetTimePass(0.1);
        Assert.Equal("Success", (await ResultOfAsync(run.InvokeId)).GetProperty("InvocationStatus").GetString());
        Control.SetInstanceStatus("i-ubuntu2204", "Stopped");
        var snapshot = (await GroupsAsync("i-ubuntu2204"))[0].GetProperty("Snapshots").GetProperty("Snapshot")[0];
        (await Client.EcsAsync("ResetDisks", Hz, P("Disk.1.DiskId", snapshot.GetProperty("SourceDiskId").GetString()!), P("Disk.1.SnapshotId", snapshot.GetProperty("SnapshotId").GetString()!)))
            .AssertError(403, "InvalidSnapshotId.NotReady");
    }
}
