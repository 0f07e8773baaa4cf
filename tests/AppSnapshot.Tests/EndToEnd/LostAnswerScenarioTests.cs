using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Groups;
using AppSnapshot.Workflow.Roles;
using AppSnapshot.Workflow.Scripts;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;
using EcsEmulator;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>
/// Every answer of one changing action is lost after the emulator applied it, by a reset or by a graceful close
/// (which makes .NET resend the identical request, refused as SignatureNonceUsed). Each operation reports what is
/// really true, and running it again makes nothing twice.
/// </summary>
public class LostAnswerScenarioTests : EmulatorScenario
{
    public static TheoryData<string> Losses => new() { "reset", "close" };

    private void LoseEveryAnswer(string action, string loss) =>
        Host.Control.SetFault(action, loss == "reset" ? new FaultSettings { DropAfterCommitPercent = 100 } : new FaultSettings { CloseAfterCommitPercent = 100 });

    private int Created(string kind) => Host.Control.GetCreatedCounts().TryGetValue(kind, out var n) ? n : 0;

    private static void NoErrors(RecordingSink sink) => Assert.True(sink.Errors.Count == 0, string.Join(" | ", sink.Errors.Select(e => e.ErrorId + ": " + e.Message)));

    [Theory, MemberData(nameof(Losses))]
    public async Task RunCommandTheRunIsFoundByItsTagAndReportedOnce(string loss)
    {
        LoseEveryAnswer("RunCommand", loss);
        var sink = new RecordingSink();

        await new SnapshotRunOperation(Session, Settings).RunAsync(RunRequest("i-ubuntu2204"), sink, CancellationToken.None);

        NoErrors(sink);
        Assert.True(Assert.Single(sink.ObjectsOf<AppSnapshotResult>()).Succeeded);
        Assert.Equal(1, Created("Invocation"));
        Assert.Equal(1, Host.Control.GetSnapshotGroupCount("i-ubuntu2204"));
        Assert.True(Calls("RunCommand") > 1, "the token-protected RunCommand was not resent");
        Assert.Equal(0, Pending.Count);
    }

    [Theory, MemberData(nameof(Losses))]
    public async Task SendFileTheTasksAreFoundAndTheScriptsDeliveredOnce(string loss)
    {
        LoseEveryAnswer("SendFile", loss);
        var request = new ScriptUploadRequest { TemplateName = "Generic" };
        request.Instances.Add(new InstanceTarget("i-mysql-centos79"));
        var sink = new RecordingSink();

        await new ScriptUploadOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        NoErrors(sink);
        Assert.True(Assert.Single(sink.ObjectsOf<ScriptUploadResult>()).Succeeded);
        Assert.Equal(2, Created("SendFile"));
        Assert.Contains(Host.Control.GetFiles("i-mysql-centos79"), f => f.Path == "/tmp/prescript.sh" && f.Mode == "0700");
    }

    [Theory, MemberData(nameof(Losses))]
    public async Task AttachInstanceRamRoleIsReadBackAsAttachedAndARerunFindsItAttached(string loss)
    {
        LoseEveryAnswer("AttachInstanceRamRole", loss);
        var request = new InstanceRamRoleAttachRequest { RoleName = "EcsSnapshotRole" };
        request.Instances.Add(new InstanceTarget("i-no-role"));
        var sink = new RecordingSink();

        await new AttachInstanceRamRoleOperation(Session).RunAsync(request, sink, CancellationToken.None);
        var again = new RecordingSink();
        await new AttachInstanceRamRoleOperation(Session).RunAsync(request, again, CancellationToken.None);

        NoErrors(sink);
        Assert.Equal(RoleAssignmentResult.Attached, Assert.Single(sink.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);
        Assert.Equal(RoleAssignmentResult.AlreadyAttached, Assert.Single(again.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);
        Assert.Equal(1, Calls("AttachInstanceRamRole"));
        Assert.Equal("EcsSnapshotRole", Host.Control.GetInstances().Single(i => i.InstanceId == "i-no-role").RamRoleName);
    }

    [Theory, MemberData(nameof(Losses))]
    public async Task DetachInstanceRamRoleIsReadBackAsDetached(string loss)
    {
        LoseEveryAnswer("DetachInstanceRamRole", loss);
        var request = new InstanceRamRoleDetachRequest();
        request.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        var sink = new RecordingSink();

        await new DetachInstanceRamRoleOperation(Session).RunAsync(request, sink, CancellationToken.None);
        var again = new RecordingSink();
        await new DetachInstanceRamRoleOperation(Session).RunAsync(request, again, CancellationToken.None);

        NoErrors(sink);
        Assert.Equal(RoleAssignmentResult.Detached, Assert.Single(sink.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);
        Assert.Equal(RoleAssignmentResult.NotAttached, Assert.Single(again.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);
        Assert.Equal(1, Calls("DetachInstanceRamRole"));
    }

    [Theory, MemberData(nameof(Losses))]
    public async Task DeleteSnapshotGroupIsReadBackAsRemoved(string loss)
    {
        var id = await TakeGroupAsync("lost-delete");
        LoseEveryAnswer("DeleteSnapshotGroup", loss);
        var request = new SnapshotGroupRemovalRequest();
        request.Selection.SnapshotGroupIds.Add(id);
        var sink = new RecordingSink();

        await new SnapshotGroupRemovalOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        NoErrors(sink);
        var removal = Assert.Single(sink.ObjectsOf<SnapshotGroupRemoval>());
        Assert.Equal((id, "Removed"), (removal.SnapshotGroupId, removal.Status));
        Assert.Equal(0, Host.Control.GetSnapshotGroupCount("i-ubuntu2204"));
        Assert.Equal(1, Calls("DeleteSnapshotGroup"));
    }

    [Theory, MemberData(nameof(Losses))]
    public async Task ResetDisksIsReadBackFromTheDisksSourceSnapshots(string loss)
    {
        var id = await TakeGroupAsync("lost-reset");
        Host.Control.AdvanceClock(TimeSpan.FromHours(2));
        Host.Control.SetInstanceStatus("i-ubuntu2204", "Stopped");
        LoseEveryAnswer("ResetDisks", loss);
        var sink = new RecordingSink();

        await new SnapshotGroupRollbackOperation(Session, Settings).RunAsync(new SnapshotGroupRollbackRequest { SnapshotGroupId = id }, sink, CancellationToken.None);

        NoErrors(sink);
        var results = sink.ObjectsOf<RollbackResult>();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(1, Calls("ResetDisks"));
        var disks = (await new DisksApi(Session.Ecs()).DescribeDisksByInstanceAsync(new[] { "i-ubuntu2204" }, CancellationToken.None))["i-ubuntu2204"];
        Assert.All(results, r => Assert.Equal(r.SnapshotId, disks.Single(d => d.DiskId == r.DiskId).SourceSnapshotId));
    }

    [Theory, MemberData(nameof(Losses))]
    public async Task StopAndStartInstanceAreReadBackFromTheInstanceStatus(string loss)
    {
        var id = await TakeGroupAsync("lost-stop");
        Host.Control.AdvanceClock(TimeSpan.FromHours(2));
        LoseEveryAnswer("StopInstance", loss);
        LoseEveryAnswer("StartInstance", loss);
        var sink = new RecordingSink();

        await new SnapshotGroupRollbackOperation(Session, Settings).RunAsync(
            new SnapshotGroupRollbackRequest { SnapshotGroupId = id, StopInstance = true, StartInstance = true }, sink, CancellationToken.None);

        NoErrors(sink);
        Assert.All(sink.ObjectsOf<RollbackResult>(), r => Assert.True(r.Succeeded));
        Assert.Equal((1, 1, 1), (Calls("StopInstance"), Calls("ResetDisks"), Calls("StartInstance")));
        Assert.Contains(Host.Control.GetInstances().Single(i => i.InstanceId == "i-ubuntu2204").Status, new[] { "Starting", "Running" });
    }

    [Theory]
    [InlineData("CreateRole", "reset")]
    [InlineData("CreateRole", "close")]
    [InlineData("CreatePolicy", "reset")]
    [InlineData("CreatePolicy", "close")]
    [InlineData("AttachPolicyToRole", "reset")]
    [InlineData("AttachPolicyToRole", "close")]
    public async Task RamSetupIsReadBackAndARerunCreatesNothing(string action, string loss)
    {
        LoseEveryAnswer(action, loss);
        var sink = new RecordingSink();

        await new RamRoleSetupOperation(Session).RunAsync(new RamRoleSetupRequest(), sink, CancellationToken.None);
        var again = new RecordingSink();
        await new RamRoleSetupOperation(Session).RunAsync(new RamRoleSetupRequest(), again, CancellationToken.None);

        NoErrors(sink);
        var first = Assert.Single(sink.ObjectsOf<RamRoleSetupResult>());
        Assert.Equal((SetupStatus.Created, SetupStatus.Created, SetupStatus.Attached), (first.RoleStatusValue, first.PolicyStatusValue, first.AttachmentStatusValue));
        var second = Assert.Single(again.ObjectsOf<RamRoleSetupResult>());
        Assert.Equal((SetupStatus.Existed, SetupStatus.Existed, SetupStatus.AlreadyAttached), (second.RoleStatusValue, second.PolicyStatusValue, second.AttachmentStatusValue));
        Assert.Equal((1, 1), (Created("Role"), Created("Policy")));
        Assert.Equal(1, Calls(action));
    }

    [Fact]
    public async Task ALostAnswerWhoseReadBackFailsTooIsReportedAsUnknownNeverAsNotMade()
    {
        var id = await TakeGroupAsync("lost-unknown");
        LoseEveryAnswer("DeleteSnapshotGroup", "reset");
        var request = new SnapshotGroupRemovalRequest();
        request.Selection.SnapshotGroupIds.Add(id);
        // The listing before the delete answers; from the question on (the read-back included) DescribeSnapshotGroups fails.
        var sink = new RecordingSink
        {
            OnWrite = kind =>
            {
                if (kind == "shouldprocess") Host.Control.SetFault("DescribeSnapshotGroups", new FaultSettings { ServerErrorPercent = 100 });
            },
        };
        var removal = new SnapshotGroupRemovalOperation(Session, Settings);
        await removal.RunAsync(request, sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.ChangeOutcomeUnknown, error.ErrorId);
        Assert.Contains("may or may not have been made", error.Message);
        Assert.DoesNotContain("run the command again", error.RecommendedAction);
        Assert.Empty(sink.ObjectsOf<SnapshotGroupRemoval>());
    }

    private async Task<string> TakeGroupAsync(string name)
    {
        var sink = new RecordingSink();
        var request = RunRequest("i-ubuntu2204");
        request.Name = name;
        await new SnapshotRunOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);
        return Assert.Single(sink.ObjectsOf<AppSnapshotResult>()).SnapshotGroupId!;
    }
}
