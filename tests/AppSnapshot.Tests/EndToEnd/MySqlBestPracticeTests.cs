using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Roles;
using AppSnapshot.Workflow.Scripts;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>Seed 004 end to end: role, policy, instance role, MySQL scripts, snapshot, tags.</summary>
public class MySqlBestPracticeTests : EmulatorScenario
{
    private const string Instance = "i-mysql-centos79";

    [Fact]
    public async Task TheWholeFlowEndsApplicationConsistentWithTheFreezeWindowReported()
    {
        var setupSink = new RecordingSink();
        await new RamRoleSetupOperation(Session).RunAsync(new RamRoleSetupRequest(), setupSink, CancellationToken.None);
        var setup = Assert.Single(setupSink.ObjectsOf<RamRoleSetupResult>());
        Assert.Equal((SetupStatus.Created, SetupStatus.Created, SetupStatus.Attached), (setup.RoleStatusValue, setup.PolicyStatusValue, setup.AttachmentStatusValue));
        Assert.Contains(":role/", setup.RoleArn);

        var attachSink = new RecordingSink();
        var attach = new InstanceRamRoleAttachRequest { RoleName = SnapshotRolePolicy.DefaultRoleName, Force = true };
        attach.Instances.Add(new InstanceTarget(Instance));
        await new AttachInstanceRamRoleOperation(Session).RunAsync(attach, attachSink, CancellationToken.None);
        Assert.Empty(attachSink.Errors);
        Assert.Equal(RoleAssignmentResult.Replaced, Assert.Single(attachSink.ObjectsOf<InstanceRamRoleAssignment>()).ResultValue);

        var uploadSink = new RecordingSink();
        var upload = new ScriptUploadRequest { TemplateName = "MySQL" };
        upload.Instances.Add(new InstanceTarget(Instance));
        await new ScriptUploadOperation(Session, Settings).RunAsync(upload, uploadSink, CancellationToken.None);
        Assert.Empty(uploadSink.Errors);
        Assert.True(Assert.Single(uploadSink.ObjectsOf<ScriptUploadResult>()).Succeeded);
        var files = Host.Control.GetFiles(Instance);
        Assert.Contains(files, f => f.Path == "/tmp/prescript.sh");
        Assert.Contains(files, f => f.Path == "/tmp/postscript.sh");

        var runSink = new RecordingSink();
        await new SnapshotRunOperation(Session, Settings).RunAsync(RunRequest(Instance), runSink, CancellationToken.None);

        Assert.Empty(runSink.Errors);
        var result = Assert.Single(runSink.ObjectsOf<AppSnapshotResult>());
        Assert.Equal(Consistency.Application, result.ConsistencyValue);
        Assert.All(result.Snapshots, s => Assert.Contains(s.Tags, t => t.Key.Equals("APPConsistent", StringComparison.OrdinalIgnoreCase)));
        Assert.NotNull(result.FreezeSeconds);
        Assert.True(result.FreezeSeconds > 0);
        Assert.Contains("freeze mysql", result.GuestOutput);
        Assert.Equal(1, Host.Control.GetSnapshotGroupCount(Instance));
    }

    [Fact]
    public async Task RunningTheSetupTwiceReportsWhatAlreadyExisted()
    {
        await new RamRoleSetupOperation(Session).RunAsync(new RamRoleSetupRequest(), new RecordingSink(), CancellationToken.None);
        var creates = Calls("CreateRole") + Calls("CreatePolicy") + Calls("AttachPolicyToRole");

        var sink = new RecordingSink();
        await new RamRoleSetupOperation(Session).RunAsync(new RamRoleSetupRequest(), sink, CancellationToken.None);

        var second = Assert.Single(sink.ObjectsOf<RamRoleSetupResult>());
        Assert.Equal((SetupStatus.Existed, SetupStatus.Existed, SetupStatus.AlreadyAttached), (second.RoleStatusValue, second.PolicyStatusValue, second.AttachmentStatusValue));
        Assert.False(second.PolicyDocumentDiffers);
        Assert.Equal(creates, Calls("CreateRole") + Calls("CreatePolicy") + Calls("AttachPolicyToRole"));
    }
}
