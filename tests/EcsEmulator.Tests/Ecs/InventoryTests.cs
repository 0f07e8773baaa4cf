using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.Ecs;

public class InventoryTests : EmulatorTest
{
    private static (string, string) Hz => ("RegionId", "cn-hangzhou");

    [Fact]
    public async Task DescribeRegionsListsTheFixtureRegions()
    {
        var r = (await Client.EcsAsync("DescribeRegions")).AssertOk();
        var ids = r["Regions.Region"].EnumerateArray().Select(x => x.GetProperty("RegionId").GetString()).ToList();
        Assert.Contains("cn-hangzhou", ids);
        Assert.Contains("cn-shanghai", ids);
        Assert.Contains("ap-southeast-1", ids);
    }

    [Fact]
    public async Task RegionIsRequiredAndMustExist()
    {
        (await Client.EcsAsync("DescribeInstances")).AssertError(400, "MissingRegionId");
        (await Client.EcsAsync("DescribeInstances", P("RegionId", "mars-north-1"))).AssertError(404, "InvalidRegionId.NotFound");
    }

    [Fact]
    public async Task DescribeInstancesFiltersByIdsNameWildcardStatusAndTags()
    {
        var byIds = (await Client.EcsAsync("DescribeInstances", Hz, P("InstanceIds", """["i-mysql-centos79","i-win2019-sql"]"""))).AssertOk();
        Assert.Equal(2, byIds["TotalCount"].GetInt32());
        var mysql = byIds["Instances.Instance"].EnumerateArray().Single(i => i.GetProperty("InstanceId").GetString() == "i-mysql-centos79");
        Assert.Equal("CentOS  7.9 64位", mysql.GetProperty("OSName").GetString());
        Assert.Equal("linux", mysql.GetProperty("OSType").GetString());
        Assert.Contains(mysql.GetProperty("Tags").GetProperty("Tag").EnumerateArray(), t => t.GetProperty("TagKey").GetString() == "role" && t.GetProperty("TagValue").GetString() == "mysql");

        var byName = (await Client.EcsAsync("DescribeInstances", Hz, P("InstanceName", "*-win20*"))).AssertOk();
        Assert.Equal(new[] { "i-win2008r2", "i-win2019-sql", "i-win2022-nowriters" }, byName["Instances.Instance"].EnumerateArray().Select(i => i.GetProperty("InstanceId").GetString()!).Order().ToArray());

        var stopped = (await Client.EcsAsync("DescribeInstances", Hz, P("Status", "Stopped"))).AssertOk();
        Assert.Equal("i-stopped", stopped["Instances.Instance.0.InstanceId"].GetString());

        var fleet = (await Client.EcsAsync("DescribeInstances", Hz, P("Tag.1.Key", "fleet"), P("Tag.1.Value", "bench"), P("PageSize", "100"))).AssertOk();
        Assert.Equal(630, fleet["TotalCount"].GetInt32());
        Assert.Equal(100, fleet["Instances.Instance"].GetArrayLength());

        (await Client.EcsAsync("DescribeInstances", Hz, P("InstanceIds", "i-not-json"))).AssertError(400, "InvalidInstanceIds.Malformed");
    }

    [Fact]
    public async Task DescribeInstancesPagesByNumberAndByToken()
    {
        var page2 = (await Client.EcsAsync("DescribeInstances", Hz, P("PageNumber", "2"), P("PageSize", "50"))).AssertOk();
        Assert.Equal(2, page2["PageNumber"].GetInt32());
        Assert.Equal(50, page2["Instances.Instance"].GetArrayLength());

        var seen = new HashSet<string>();
        string? token = null;
        do
        {
            var r = (await Client.EcsAsync("DescribeInstances", [Hz, P("MaxResults", "100"), .. token is null ? Array.Empty<(string, string)>() : [P("NextToken", token)]])).AssertOk();
            foreach (var i in r["Instances.Instance"].EnumerateArray()) Assert.True(seen.Add(i.GetProperty("InstanceId").GetString()!));
            token = r["NextToken"].GetString();
        } while (!string.IsNullOrEmpty(token));
        Assert.Equal(642, seen.Count);
        (await Client.EcsAsync("DescribeInstances", Hz, P("NextToken", "garbage"))).AssertError(400, "InvalidParameter.NextToken");
    }

    [Fact]
    public async Task DescribeDisksShowsCategoriesOfAnInstance()
    {
        var r = (await Client.EcsAsync("DescribeDisks", Hz, P("InstanceId", "i-mixed-disks"))).AssertOk();
        var categories = r["Disks.Disk"].EnumerateArray().ToDictionary(d => d.GetProperty("DiskId").GetString()!, d => d.GetProperty("Category").GetString());
        Assert.Equal("cloud_efficiency", categories["d-mixed-disks-efficiency"]);
        Assert.Equal("cloud_essd", categories["d-mixed-disks-sys"]);
        var system = (await Client.EcsAsync("DescribeDisks", Hz, P("InstanceId", "i-mixed-disks"), P("DiskType", "system"))).AssertOk();
        Assert.Equal(1, system["TotalCount"].GetInt32());
        (await Client.EcsAsync("DescribeDisks", Hz, P("DiskType", "swap"))).AssertError(400, "InvalidDiskType.ValueNotSupported");
        (await Client.EcsAsync("DescribeDisks", Hz, P("DiskIds", "d-1"))).AssertError(403, "InvalidDiskIds.Malformed");
    }

    [Fact]
    public async Task InstanceRamRoleAttachDescribeDetach()
    {
        var attach = (await Client.EcsAsync("AttachInstanceRamRole", Hz, P("RamRoleName", "EcsSnapshotRole"), P("InstanceIds", """["i-no-role","i-ubuntu2204"]"""))).AssertOk();
        Assert.Equal(2, attach["TotalCount"].GetInt32());
        Assert.Equal(1, attach["FailCount"].GetInt32());
        var results = attach["AttachInstanceRamRoleResults.AttachInstanceRamRoleResult"].EnumerateArray().ToDictionary(x => x.GetProperty("InstanceId").GetString()!);
        Assert.True(results["i-no-role"].GetProperty("Success").GetBoolean());
        Assert.False(results["i-ubuntu2204"].GetProperty("Success").GetBoolean());

        var described = (await Client.EcsAsync("DescribeInstanceRamRole", Hz, P("InstanceIds", """["i-no-role"]"""))).AssertOk();
        Assert.Equal("EcsSnapshotRole", described["InstanceRamRoleSets.InstanceRamRoleSet.0.RamRoleName"].GetString());

        var detach = (await Client.EcsAsync("DetachInstanceRamRole", Hz, P("InstanceIds", """["i-no-role"]"""))).AssertOk();
        Assert.Equal(0, detach["FailCount"].GetInt32());
        Assert.Equal("EcsSnapshotRole", detach["DetachInstanceRamRoleResults.DetachInstanceRamRoleResult.0.InstanceRamRoleSets.InstanceRamRoleSet.0.RamRoleName"].GetString());

        (await Client.EcsAsync("DescribeInstanceRamRole", Hz)).AssertError(403, "InvalidParameter.AllEmpty");
        (await Client.EcsAsync("AttachInstanceRamRole", Hz, P("RamRoleName", "Nope"), P("InstanceIds", """["i-no-role"]"""))).AssertError(404, "InvalidRamRole.NotFound");
        (await Client.EcsAsync("AttachInstanceRamRole", Hz, P("RamRoleName", "AppSnapshotOperatorRole"), P("InstanceIds", """["i-no-role"]"""))).AssertError(404, "InvalidRamRole.NotEcsRole");
        (await Client.EcsAsync("AttachInstanceRamRole", Hz, P("RamRoleName", "EcsSnapshotRole"), P("InstanceIds", """["i-ghost"]"""))).AssertError(404, "InvalidInstanceId.NotFound");
        (await Client.EcsAsync("AttachInstanceRamRole", Hz, P("RamRoleName", "EcsSnapshotRole"), P("InstanceIds", "i-no-role"))).AssertError(400, "InvalidInstanceIds.Malformed");
    }

    [Fact]
    public async Task ListTagResourcesReturnsOneRowPerTag()
    {
        var r = (await Client.EcsAsync("ListTagResources", Hz, P("ResourceType", "instance"), P("ResourceId.1", "i-mysql-centos79"))).AssertOk();
        var rows = r["TagResources.TagResource"].EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, x => Assert.Equal("instance", x.GetProperty("ResourceType").GetString()));
        Assert.Contains(rows, x => x.GetProperty("TagKey").GetString() == "role" && x.GetProperty("TagValue").GetString() == "mysql");

        var byTag = (await Client.EcsAsync("ListTagResources", Hz, P("ResourceType", "instance"), P("Tag.1.Key", "fleet"), P("Tag.1.Value", "bench"))).AssertOk();
        Assert.Equal(50, byTag["TagResources.TagResource"].GetArrayLength());
        Assert.False(string.IsNullOrEmpty(byTag["NextToken"].GetString()));
        (await Client.EcsAsync("ListTagResources", Hz, P("ResourceType", "instance"))).AssertError(403, "BothEmpty.TagsAndResources");
    }

    [Fact]
    public async Task StopAndStartMoveThroughTransitionalStates()
    {
        // Frozen: at this speed a stop takes 100 ms of wall time, which a loaded machine can let pass between two calls.
        Control.FreezeClock();
        (await Client.EcsAsync("StopInstance", P("InstanceId", "i-ubuntu2204"))).AssertOk();
        Assert.Equal("Stopping", await StatusAsync("i-ubuntu2204"));
        (await Client.EcsAsync("StopInstance", P("InstanceId", "i-ubuntu2204"))).AssertError(403, "IncorrectInstanceStatus");
        LetTimePass(60);
        Assert.Equal("Stopped", await StatusAsync("i-ubuntu2204"));
        (await Client.EcsAsync("StartInstance", P("InstanceId", "i-ubuntu2204"))).AssertOk();
        Assert.Equal("Starting", await StatusAsync("i-ubuntu2204"));
        LetTimePass(60);
        Assert.Equal("Running", await StatusAsync("i-ubuntu2204"));
        (await Client.EcsAsync("StartInstance", P("InstanceId", "i-ubuntu2204"))).AssertError(403, "IncorrectInstanceStatus");
        (await Client.EcsAsync("StartInstance", P("InstanceId", "i-ghost"))).AssertError(404, "InvalidInstanceId.NotFound");
    }

    private async Task<string?> StatusAsync(string id) =>
        (await Client.EcsAsync("DescribeInstances", Hz, P("InstanceIds", $"[\"{id}\"]"))).AssertOk()["Instances.Instance.0.Status"].GetString();
}
