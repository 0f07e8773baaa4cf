using AppSnapshot.Tests.Fakes;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Scripts;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>Values that could break out of the plug-in command are refused before anything is called.</summary>
public class BadInputScenarioTests : EmulatorScenario
{
    public static TheoryData<string, string> BadValues => new()
    {
        { "Name", "x\";reboot;\"" },
        { "Name", "1starts-with-digit" },
        { "Description", "ok `whoami`" },
        { "RamRoleName", "Role$(id)" },
        { "ExcludeDiskId", "d-1,d-2|sh" },
        { "ScriptTimeoutSeconds", "-5" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task TheRunIsRefusedNamingTheParameterAndNothingIsCalled(string parameter, string value)
    {
        var request = RunRequest("i-ubuntu2204");
        switch (parameter)
        {
            case "Name": request.Name = value; break;
            case "Description": request.Description = value; break;
            case "RamRoleName": request.RamRoleName = value; break;
            case "ExcludeDiskId": request.ExcludeDiskIds.Add(value); break;
            case "ScriptTimeoutSeconds": request.ScriptTimeoutInSeconds = int.Parse(value); break;
        }

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            new SnapshotRunOperation(Session, Settings).RunAsync(request, new RecordingSink(), CancellationToken.None));

        Assert.Equal(parameter, ex.ParamName);
        Assert.DoesNotContain(Host.Control.GetCallCounts(), c => c.Value > 0);
        Assert.Equal(0, Host.Control.GetSnapshotGroupCount("i-ubuntu2204"));
    }

    [Fact]
    public async Task AScriptTooLargeForSendFileIsRefusedBeforeAnyCall()
    {
        var request = new ScriptUploadRequest { PreScriptContent = "#!/bin/sh\n" + new string('x', 25 * 1024), PostScriptContent = "#!/bin/sh\n" };
        request.Instances.Add(new InstanceTarget("i-ubuntu2204"));

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            new ScriptUploadOperation(Session, Settings).RunAsync(request, new RecordingSink(), CancellationToken.None));

        Assert.Equal("PreScriptPath", ex.ParamName);
        Assert.DoesNotContain(Host.Control.GetCallCounts(), c => c.Value > 0);
    }

    [Fact]
    public async Task ScriptsAreRefusedForWindowsInstancesOnly()
    {
        var request = new ScriptUploadRequest { TemplateName = "MySQL" };
        request.Instances.Add(new InstanceTarget("i-win2019-sql"));
        request.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        var sink = new RecordingSink();

        await new ScriptUploadOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Equal(WorkflowErrorIds.ScriptUploadWindowsNotSupported, Assert.Single(sink.Errors).ErrorId);
        Assert.Equal("i-ubuntu2204", Assert.Single(sink.ObjectsOf<AppSnapshot.Models.ScriptUploadResult>()).InstanceId);
        Assert.Empty(Host.Control.GetFiles("i-win2019-sql"));
    }
}

public class ScriptDeliveryFailureTests : EmulatorScenario
{
    [Fact]
    public async Task AnInstanceWithoutCloudAssistantIsReportedAloneWhileTheOthersGetTheirScripts()
    {
        var request = new ScriptUploadRequest { PreScriptContent = "#!/bin/sh\r\necho pre\r\n", PostScriptContent = "#!/bin/sh\necho post\n", SourceLabel = "pre.sh/post.sh" };
        request.Instances.Add(new InstanceTarget("i-no-cloud-assistant"));
        request.Instances.Add(new InstanceTarget("i-ubuntu2204"));
        var sink = new RecordingSink();

        await new ScriptUploadOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        var results = sink.ObjectsOf<AppSnapshot.Models.ScriptUploadResult>().ToDictionary(r => r.InstanceId);
        var result = Assert.Single(results.Values);
        Assert.True(result.Succeeded);
        Assert.Equal(("i-ubuntu2204", "pre.sh/post.sh"), (result.InstanceId, result.Source));
        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.CloudAssistantNotRunning, error.ErrorId);
        Assert.Equal(2, Calls("SendFile"));
        var pre = Assert.Single(Host.Control.GetFiles("i-ubuntu2204"), f => f.Path == "/tmp/prescript.sh");
        Assert.DoesNotContain("\r", pre.Content);
        Assert.Equal(("root", "root", "0700"), (pre.Owner, pre.Group, pre.Mode));
    }
}
