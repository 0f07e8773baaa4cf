using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Roles;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Workflow.Roles;

/// <summary>Role changes whose answers were lost: what the read-back says decides what is reported.</summary>
public class LostAnswerReadBackTests
{
    private static AcsTransportException Lost(string action) =>
        new("Ecs " + action + " to host: connection failed (reset); not sent again", action, "Ecs", 1, 1, mayHaveBeenApplied: true);

    private static FakeRpcClient Ecs(string? roleNow, Func<RpcRequest, object>? describeRoles = null) => new FakeRpcClient()
        .On("DescribeInstances", """{"Instances":{"Instance":[{"InstanceId":"i-1","Status":"Running","OSType":"linux","RegionId":"cn-hangzhou"}]}}""")
        .On("DescribeInstanceRamRole", describeRoles ?? (_ => roleNow == null
            ? """{"InstanceRamRoleSets":{"InstanceRamRoleSet":[]}}"""
            : "{\"InstanceRamRoleSets\":{\"InstanceRamRoleSet\":[{\"InstanceId\":\"i-1\",\"RamRoleName\":\"" + roleNow + "\"}]}}"))
        .On("AttachInstanceRamRole", _ => throw Lost("AttachInstanceRamRole"))
        .On("DetachInstanceRamRole", _ => throw Lost("DetachInstanceRamRole"));

    private static InstanceRamRoleAttachRequest Attach()
    {
        var request = new InstanceRamRoleAttachRequest { RoleName = "SnapRole" };
        request.Instances.Add(new InstanceTarget("i-1"));
        return request;
    }

    [Fact]
    public async Task AnAttachWhoseRoleIsNotThereWasNotMadeAndSaysSo()
    {
        var sink = new RecordingSink();

        await new AttachInstanceRamRoleOperation(new FakeClients(Ecs(null))).RunAsync(Attach(), sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.InstanceRamRoleAttachFailed, error.ErrorId);
        Assert.Contains("was not attached, nothing was changed", error.Message);
        Assert.Equal("Nothing was changed on this instance; run the command again.", error.RecommendedAction);
        Assert.Empty(sink.ObjectsOf<InstanceRamRoleAssignment>());
    }

    [Fact]
    public async Task AnAttachWhoseReadBackFailsIsUnknownNotFailed()
    {
        var calls = 0;
        // The first read (the instance's current role) answers; the read-back after the lost answer does not.
        var ecs = Ecs(null, _ => Interlocked.Increment(ref calls) == 1
            ? """{"InstanceRamRoleSets":{"InstanceRamRoleSet":[]}}"""
            : throw new AcsTransportException("unreachable", "DescribeInstanceRamRole", "Ecs", 5, 0, mayHaveBeenApplied: false));
        var sink = new RecordingSink();

        await new AttachInstanceRamRoleOperation(new FakeClients(ecs)).RunAsync(Attach(), sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.ChangeOutcomeUnknown, error.ErrorId);
        Assert.Equal(ErrorKind.ConnectionError, error.Kind);
        Assert.Contains("may or may not have been made", error.Message);
        Assert.Contains("Get-EcsInstanceRamRole", error.RecommendedAction);
    }

    [Fact]
    public async Task ADetachWhoseRoleIsGoneWasMade()
    {
        var reads = 0;
        var ecs = Ecs(null, _ => Interlocked.Increment(ref reads) == 1
            ? """{"InstanceRamRoleSets":{"InstanceRamRoleSet":[{"InstanceId":"i-1","RamRoleName":"SnapRole"}]}}"""
            : """{"InstanceRamRoleSets":{"InstanceRamRoleSet":[]}}""");
        var request = new InstanceRamRoleDetachRequest();
        request.Instances.Add(new InstanceTarget("i-1"));
        var sink = new RecordingSink();

        await new DetachInstanceRamRoleOperation(new FakeClients(ecs)).RunAsync(request, sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        Assert.Equal(RoleAssignmentResult.Detached, Assert.Single(sink.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);
        Assert.Single(ecs.CallsTo("DetachInstanceRamRole"));
    }

    [Fact]
    public async Task ACreateRoleWhoseRoleIsAbsentEndsTheSetupSayingNothingWasMade()
    {
        var ram = new FakeRpcClient("Ram", null)
            .On("GetRole", _ => throw new AcsApiException("EntityNotExist.Role", "no role", "r", 404, "GetRole", "Ram"))
            .On("CreateRole", _ => throw Lost("CreateRole"));

        var ex = await Assert.ThrowsAsync<AppSnapshotException>(() =>
            new RamRoleSetupOperation(new FakeClients(new FakeRpcClient(), ram)).RunAsync(new RamRoleSetupRequest(), new RecordingSink(), CancellationToken.None));

        Assert.Equal(WorkflowErrorIds.RamSetupIncomplete, ex.ErrorId);
        Assert.Contains("reading back shows it was not made", ex.Message);
        Assert.Single(ram.CallsTo("CreateRole"));
    }

    [Fact]
    public async Task ACreatePolicyWhoseReadBackFailsEndsTheSetupAsUnknown()
    {
        var policyReads = 0;
        var ram = new FakeRpcClient("Ram", null)
            .On("GetRole", """{"Role":{"RoleName":"AppSnapshotRoleName","AssumeRolePolicyDocument":"ecs.aliyuncs.com"}}""")
            .On("GetPolicy", _ => Interlocked.Increment(ref policyReads) == 1
                ? throw new AcsApiException("EntityNotExist.Policy", "no policy", "r", 404, "GetPolicy", "Ram")
                : throw new AcsApiException("ServiceUnavailable", "down", "r", 503, "GetPolicy", "Ram"))
            .On("CreatePolicy", _ => throw Lost("CreatePolicy"));

        var ex = await Assert.ThrowsAsync<AppSnapshotException>(() =>
            new RamRoleSetupOperation(new FakeClients(new FakeRpcClient(), ram)).RunAsync(new RamRoleSetupRequest(), new RecordingSink(), CancellationToken.None));

        Assert.Equal(WorkflowErrorIds.ChangeOutcomeUnknown, ex.ErrorId);
        Assert.Contains("may or may not have been made", ex.Message);
    }
}
