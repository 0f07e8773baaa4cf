using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;
using AppSnapshot.Workflow.Roles;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.EndToEnd;

public class InstanceAndRoleScenarioTests : EmulatorScenario
{
    [Fact]
    public async Task QueryByNamePatternFillsPlatformAndRole()
    {
        var request = new InstanceQueryRequest { NamePattern = "*-WIN20??*" };
        var sink = new RecordingSink();

        await new InstanceQueryOperation(Session).RunAsync(request, sink, CancellationToken.None);

        var instances = sink.ObjectsOf<EcsInstance>().ToDictionary(i => i.InstanceId);
        Assert.Contains("i-win2019-sql", instances.Keys);
        Assert.DoesNotContain("i-ubuntu2204", instances.Keys);
        Assert.All(instances.Values, i => Assert.Equal(("Windows", "Windows", "cn-hangzhou"), (i.Platform, i.OSType, i.RegionId)));
        Assert.Equal("EcsSnapshotRole", instances["i-win2019-sql"].RamRoleName);
    }

    [Fact]
    public async Task ReplacingADifferentRoleThatTheUserDeclinesIsAnErrorThatNamesForce()
    {
        await new RamRoleSetupOperation(Session).RunAsync(new RamRoleSetupRequest(), new RecordingSink(), CancellationToken.None);
        var request = new InstanceRamRoleAttachRequest();
        request.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        request.Instances.Add(new InstanceTarget("i-no-role"));
        var sink = new RecordingSink { ContinueAnswer = (_, _) => false };

        await new AttachInstanceRamRoleOperation(Session).RunAsync(request, sink, CancellationToken.None);

        var conflict = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.InstanceRamRoleConflict, conflict.ErrorId);
        Assert.Contains("-Force", conflict.RecommendedAction);
        var attached = Assert.Single(sink.ObjectsOf<InstanceRamRoleAssignment>());
        Assert.Equal(("i-no-role", RoleAssignmentResult.Attached), (attached.InstanceId, attached.ResultValue));
        Assert.Equal(1, Calls("AttachInstanceRamRole"));
        Assert.Equal(0, Calls("DetachInstanceRamRole"));
    }

    [Fact]
    public async Task ForceReplacesADifferentRoleWithoutTheSecondQuestion()
    {
        await new RamRoleSetupOperation(Session).RunAsync(new RamRoleSetupRequest(), new RecordingSink(), CancellationToken.None);
        var request = new InstanceRamRoleAttachRequest { Force = true };
        request.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        var sink = new RecordingSink { ContinueAnswer = (_, _) => throw new Xunit.Sdk.XunitException("-Force must not ask") };

        await new AttachInstanceRamRoleOperation(Session).RunAsync(request, sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        Assert.Equal(RoleAssignmentResult.Replaced, Assert.Single(sink.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);
        Assert.Contains(sink.ShouldProcessCalls, c => c.Action.StartsWith("Replace RAM role EcsSnapshotRole with "));
    }

    [Fact]
    public async Task AttachingTheSameRoleTwiceIsAlreadyAttachedAndDetachRemovesIt()
    {
        var attach = new InstanceRamRoleAttachRequest { RoleName = "EcsSnapshotRole" };
        attach.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        var sink = new RecordingSink();
        await new AttachInstanceRamRoleOperation(Session).RunAsync(attach, sink, CancellationToken.None);
        Assert.Equal(RoleAssignmentResult.AlreadyAttached, Assert.Single(sink.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);
        Assert.Equal(0, Calls("AttachInstanceRamRole"));

        var detach = new InstanceRamRoleDetachRequest();
        detach.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        var detachSink = new RecordingSink();
        await new DetachInstanceRamRoleOperation(Session).RunAsync(detach, detachSink, CancellationToken.None);
        Assert.Equal(RoleAssignmentResult.Detached, Assert.Single(detachSink.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);

        var query = new InstanceRamRoleQueryRequest();
        query.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        var querySink = new RecordingSink();
        await new GetInstanceRamRoleOperation(Session).RunAsync(query, querySink, CancellationToken.None);
        Assert.Equal(RoleAssignmentResult.NotAttached, Assert.Single(querySink.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);
    }

    [Fact]
    public async Task AnInstanceWithoutCloudAssistantDoesNotSinkTheOthersInItsBatch()
    {
        var sink = new RecordingSink();

        await new SnapshotRunOperation(Session, Settings).RunAsync(RunRequest("i-no-cloud-assistant", "i-ubuntu2204"), sink, CancellationToken.None);

        Assert.Equal(WorkflowErrorIds.CloudAssistantNotRunning, Assert.Single(sink.Errors).ErrorId);
        Assert.Equal("i-ubuntu2204", Assert.Single(sink.ObjectsOf<AppSnapshotResult>()).InstanceId);
    }

    [Fact]
    public async Task WithoutARoleTheRunExplainsHowToAttachOne()
    {
        var sink = new RecordingSink();

        await new SnapshotRunOperation(Session, Settings).RunAsync(RunRequest("i-no-role"), sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.RamRoleNotAttached, error.ErrorId);
        Assert.Equal(0, Calls("RunCommand"));
    }
}
