using AppSnapshot.Api;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Api;

/// <summary>The field spellings that differ between actions are read from the right place.</summary>
public class ApiParsingTests
{
    [Fact]
    public async Task DescribeInvocationResultsReadsFinishedTimeAndFollowsTheNestedToken()
    {
        var ecs = new FakeRpcClient().On("DescribeInvocationResults", r => r.Get("NextToken") == null
            ? """{"RequestId":"r1","Invocation":{"NextToken":"p2","InvocationResults":{"InvocationResult":[{"InstanceId":"i-1","InvocationStatus":"Success","ExitCode":0,"FinishedTime":"2026-11-21T09:30:09Z"}]}}}"""
            : """{"RequestId":"r2","Invocation":{"NextToken":"","InvocationResults":{"InvocationResult":[{"InstanceId":"i-2","InvocationStatus":"Running"}]}}}""");

        var results = await new CloudAssistantApi(ecs).DescribeInvocationResultsAsync("t-1", null, CancellationToken.None);

        Assert.Equal(new[] { "i-1", "i-2" }, results.Select(r => r.InstanceId));
        Assert.Equal(DateTimeOffset.Parse("2026-11-21T09:30:09Z"), results[0].FinishTime);
        Assert.True(results[0].IsFinished);
        Assert.False(results[1].IsFinished);
        Assert.Equal(new[] { "cn-hangzhou", "cn-hangzhou" }, ecs.Calls.Select(c => c.Get("RegionId")));
    }

    [Fact]
    public async Task DescribeInvocationsReadsFinishTime()
    {
        var ecs = new FakeRpcClient().On("DescribeInvocations",
            """{"Invocations":{"Invocation":[{"InvokeId":"t-1","InvocationStatus":"Success","InvokeInstances":{"InvokeInstance":[{"InstanceId":"i-1","InvocationStatus":"Failed","ExitCode":"3","FinishTime":"2026-11-21T09:30:09Z","ErrorCode":"ExitCodeNonzero"}]}}]}}""");

        var record = await new CloudAssistantApi(ecs).DescribeInvocationAsync("t-1", true, CancellationToken.None);

        var instance = Assert.Single(record!.Instances);
        Assert.Equal((3L, "ExitCodeNonzero"), (instance.ExitCode, instance.ErrorCode));
        Assert.NotNull(instance.FinishTime);
        Assert.Equal("true", ecs.Calls.Single().Get("IncludeOutput"));
    }

    [Fact]
    public async Task DescribeInvocationsReadsTheTaskCreationTime()
    {
        var ecs = new FakeRpcClient().On("DescribeInvocations",
            """{"Invocations":{"Invocation":[{"InvokeId":"t-1","CreationTime":"2026-11-21T09:30:01Z","InvokeInstances":{"InvokeInstance":[]}},{"InvokeId":"t-2"}]}}""");

        var created = (await new CloudAssistantApi(ecs).DescribeInvocationAsync("t-1", true, CancellationToken.None))!.CreationTime;
        var missing = (await new CloudAssistantApi(ecs).DescribeInvocationAsync("t-2", true, CancellationToken.None))!.CreationTime;

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 30, 1, TimeSpan.Zero), created);
        Assert.Null(missing);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"true\"", true)]
    [InlineData("false", false)]
    [InlineData("\"False\"", false)]
    public async Task CloudAssistantStatusMayBeABooleanOrAString(string raw, bool expected)
    {
        var ecs = new FakeRpcClient().On("DescribeCloudAssistantStatus",
            "{\"InstanceCloudAssistantStatusSet\":{\"InstanceCloudAssistantStatus\":[{\"InstanceId\":\"i-1\",\"CloudAssistantStatus\":" + raw + "}]}}");

        var status = await new CloudAssistantApi(ecs).DescribeCloudAssistantStatusAsync(new[] { "i-1" }, CancellationToken.None);

        Assert.Equal(expected, Assert.Single(status).IsRunning);
    }

    [Fact]
    public async Task GroupAndMemberSnapshotTagsAreReadFromKeyValuePairs()
    {
        var ecs = new FakeRpcClient()
            .On("DescribeSnapshotGroups", """{"SnapshotGroups":{"SnapshotGroup":[{"SnapshotGroupId":"ssg-1","Tags":{"Tag":[{"Key":"team","Value":"db"}]},"Snapshots":{"Snapshot":[{"SnapshotId":"s-1","Tags":{"Tag":[{"Key":"AppConsistent","Value":"True"}]}}]}}]}}""");
        var api = new SnapshotsApi(ecs);
        var filter = new SnapshotGroupFilter();
        filter.SnapshotGroupIds.Add("ssg-1");

        var group = Assert.Single(await api.DescribeSnapshotGroupsAsync(filter, CancellationToken.None));

        Assert.Equal("db", group.Tags["team"]);
        Assert.Equal("True", group.Snapshots[0].Tags["APPConsistent"]);
    }

    [Fact]
    public async Task SnapshotGroupIdsGoTenPerCall()
    {
        var ecs = new FakeRpcClient().On("DescribeSnapshotGroups", """{"SnapshotGroups":{"SnapshotGroup":[]}}""");
        var filter = new SnapshotGroupFilter();
        foreach (var n in Enumerable.Range(1, 25)) filter.SnapshotGroupIds.Add("ssg-" + n);

        await new SnapshotsApi(ecs).DescribeSnapshotGroupsAsync(filter, CancellationToken.None);

        Assert.Equal(new[] { 10, 10, 5 }, ecs.Calls.Select(c => c.GetList("SnapshotGroupId").Count));
    }

    [Fact]
    public async Task InstanceRolesUseJsonArraysInChunksOfTheirLimits()
    {
        var ecs = new FakeRpcClient()
            .On("AttachInstanceRamRole", r => "{\"FailCount\":1,\"AttachInstanceRamRoleResults\":{\"AttachInstanceRamRoleResult\":[" +
                string.Join(",", r.GetJsonArray("InstanceIds").Select(id => "{\"InstanceId\":\"" + id + "\",\"Success\":" + (id == "i-7" ? "false,\"Code\":\"InvalidInstanceId.NotFound\"" : "true,\"Code\":\"200\"") + "}")) + "]}}")
            .On("DescribeInstanceRamRole", """{"InstanceRamRoleSets":{"InstanceRamRoleSet":[{"InstanceId":"i-1","RamRoleName":"R"}]}}""");
        var api = new InstanceRamRoleApi(ecs);
        var ids = Enumerable.Range(1, 120).Select(n => "i-" + n).ToList();

        var attached = await api.AttachAsync("R", ids, CancellationToken.None);
        var roles = await api.DescribeAsync(ids, CancellationToken.None);

        Assert.Equal(new[] { 100, 20 }, ecs.CallsTo("AttachInstanceRamRole").Select(c => c.GetJsonArray("InstanceIds").Count));
        Assert.Equal(new[] { 50, 50, 20 }, ecs.CallsTo("DescribeInstanceRamRole").Select(c => c.GetJsonArray("InstanceIds").Count));
        Assert.False(attached.Single(a => a.InstanceId == "i-7").Success);
        Assert.Equal(119, attached.Count(a => a.Success));
        Assert.Equal("R", roles["i-1"]);
    }
}
