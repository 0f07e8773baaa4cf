using System.Text;
using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.CloudAssistant;

public class RunCommandTests : EmulatorTest
{
    private static (string, string) Hz => ("RegionId", "cn-hangzhou");

    [Fact]
    public async Task AnUnknownCommandFailsWithExit127AfterPendingAndRunning()
    {
        Control.FreezeClock();
        var run = (await RunCommandAsync("i-ubuntu2204", "frobnicate --now")).AssertOk();
        var invokeId = run["InvokeId"].GetString()!;
        Assert.StartsWith("t-", invokeId);
        Assert.StartsWith("c-", run["CommandId"].GetString());
        Assert.Equal("Pending", (await ResultOfAsync(invokeId)).GetProperty("InvocationStatus").GetString());
        LetTimePass(0.5 * 0.01 + 0.0001);
        Assert.Equal("Running", (await ResultOfAsync(invokeId)).GetProperty("InvocationStatus").GetString());
        LetTimePass();
        var result = await ResultOfAsync(invokeId);
        Assert.Equal("Failed", result.GetProperty("InvocationStatus").GetString());
        Assert.Equal(127, result.GetProperty("ExitCode").GetInt64());
        Assert.Contains("frobnicate: command not found", Decode(result.GetProperty("Output")));
        Assert.Equal("ExitCodeNonzero", result.GetProperty("ErrorCode").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("FinishedTime").GetString()));
    }

    [Fact]
    public async Task Base64ContentIsDecodedAndPlainTextOutputCanBeRequested()
    {
        var content = Convert.ToBase64String(Encoding.UTF8.GetBytes("whoami"));
        var run = (await RunCommandAsync("i-ubuntu2204", content, "RunShellScript", P("ContentEncoding", "Base64"))).AssertOk();
        LetTimePass();
        var r = (await Client.EcsAsync("DescribeInvocations", Hz, P("InvokeId", run["InvokeId"].GetString()!), P("IncludeOutput", "true"), P("ContentEncoding", "PlainText"))).AssertOk();
        var invocation = r["Invocations.Invocation.0"];
        Assert.Equal("whoami", invocation.GetProperty("CommandContent").GetString());
        Assert.Equal("Failed", invocation.GetProperty("InvocationStatus").GetString());
        var instance = invocation.GetProperty("InvokeInstances").GetProperty("InvokeInstance")[0];
        Assert.Contains("whoami: command not found", instance.GetProperty("Output").GetString());
        Assert.True(instance.TryGetProperty("FinishTime", out _));
        Assert.False(instance.TryGetProperty("FinishedTime", out _));
    }

    [Fact]
    public async Task SameClientTokenAndParametersReturnsTheSameTaskAndRunsOnce()
    {
        var first = (await RunCommandAsync("i-ubuntu2204", "true", "RunShellScript", P("ClientToken", "tok-1"))).AssertOk();
        var second = (await RunCommandAsync("i-ubuntu2204", "true", "RunShellScript", P("ClientToken", "tok-1"))).AssertOk();
        Assert.Equal(first["InvokeId"].GetString(), second["InvokeId"].GetString());
        Assert.Equal(first["CommandId"].GetString(), second["CommandId"].GetString());
        Assert.Equal(1, Control.GetCreatedCounts()["Invocation"]);
        Assert.Equal(2, Control.GetCallCounts()["RunCommand"]);
        (await RunCommandAsync("i-ubuntu2204", "false", "RunShellScript", P("ClientToken", "tok-1"))).AssertError(403, "IdempotentParameterMismatch");
        (await RunCommandAsync("i-ubuntu2204", "true", "RunShellScript", P("ClientToken", new string('x', 65)))).AssertError(400, "InvalidClientToken.Malformed");
    }

    [Fact]
    public async Task ValidationErrorsFailTheWholeCall()
    {
        (await RunCommandAsync("i-ubuntu2204", "true", "RunFortranScript")).AssertError(403, "InvalidCmdType.NotFound");
        (await RunCommandAsync("i-ghost", "true")).AssertError(404, "InvalidInstance.NotFound");
        (await RunCommandAsync("i-stopped", "true")).AssertError(403, "InvalidInstance.NotMatch");
        (await RunCommandAsync("i-no-cloud-assistant", "true")).AssertError(403, "InvalidInstance.NotMatch");
        (await RunCommandAsync("i-win2019-sql", "true", "RunShellScript")).AssertError(403, "InvalidInstance.NotMatch");
        (await RunCommandAsync("i-ubuntu2204", new string('x', 19 * 1024))).AssertError(403, "CmdContent.ExceedLimit");
        (await Client.EcsAsync("RunCommand", Hz, P("Type", "RunShellScript"), P("CommandContent", "true"))).AssertError(400, "MissingParam.InstanceId");
        var tooMany = Enumerable.Range(1, 101).Select(n => P($"InstanceId.{n}", $"i-bench-linux-{n:D4}")).ToArray();
        (await Client.EcsAsync("RunCommand", [Hz, P("Type", "RunShellScript"), P("CommandContent", "true"), .. tooMany])).AssertError(403, "InstanceIds.ExceedLimit");
        (await Client.EcsAsync("RunCommand", Hz, P("Type", "RunShellScript"), P("InstanceId.1", "i-ubuntu2204"))).AssertError(400, "MissingParameter");
        Assert.False(Control.GetCreatedCounts().ContainsKey("Invocation"));
    }

    [Fact]
    public async Task AHundredInstancesRunInOneTaskAndResultsPage()
    {
        var ids = Enumerable.Range(1, 100).Select(n => P($"InstanceId.{n}", $"i-bench-linux-{n:D4}")).ToArray();
        var run = (await Client.EcsAsync("RunCommand", [Hz, P("Type", "RunShellScript"), P("CommandContent", "nosuchcmd"), .. ids])).AssertOk();
        LetTimePass();
        var invokeId = run["InvokeId"].GetString()!;
        var page = (await Client.EcsAsync("DescribeInvocationResults", Hz, P("InvokeId", invokeId), P("PageSize", "50"), P("PageNumber", "2"))).AssertOk();
        Assert.Equal(100, page["Invocation.TotalCount"].GetInt32());
        Assert.Equal(50, page["Invocation.InvocationResults.InvocationResult"].GetArrayLength());
        var tokenPage = (await Client.EcsAsync("DescribeInvocationResults", Hz, P("InvokeId", invokeId), P("MaxResults", "30"))).AssertOk();
        Assert.Equal(30, tokenPage["Invocation.InvocationResults.InvocationResult"].GetArrayLength());
        Assert.False(string.IsNullOrEmpty(tokenPage["Invocation.NextToken"].GetString()));
        (await Client.EcsAsync("DescribeInvocationResults", Hz, P("PageSize", "51"))).AssertError(400, "InvalidParam.PageSize");
        var one = (await Client.EcsAsync("DescribeInvocationResults", Hz, P("InvokeId", invokeId), P("InstanceId", "i-bench-linux-0042"))).AssertOk();
        Assert.Equal("i-bench-linux-0042", one["Invocation.InvocationResults.InvocationResult.0.InstanceId"].GetString());
    }

    [Fact]
    public async Task StopInvocationCancelsWhatHasNotStartedAndTerminatesWhatRuns()
    {
        Control.FreezeClock();
        var pending = (await RunCommandAsync("i-ubuntu2204", "nosuchcmd")).AssertOk()["InvokeId"].GetString()!;
        (await Client.EcsAsync("StopInvocation", Hz, P("InvokeId", pending))).AssertOk();
        Assert.Equal("Cancelled", (await ResultOfAsync(pending)).GetProperty("InvocationStatus").GetString());

        Control.SetScriptBehaviour("i-ubuntu2204", "prescript", ScriptBehaviour.Hang());
        await UploadAsync("i-ubuntu2204", "prescript.sh");
        var running = (await RunCommandAsync("i-ubuntu2204", "/tmp/prescript.sh", "RunShellScript", P("Timeout", "86400"))).AssertOk()["InvokeId"].GetString()!;
        LetTimePass(30);
        Assert.Equal("Running", (await ResultOfAsync(running)).GetProperty("InvocationStatus").GetString());
        (await Client.EcsAsync("StopInvocation", Hz, P("InvokeId", running))).AssertOk();
        var stopped = await ResultOfAsync(running);
        Assert.Equal("Terminated", stopped.GetProperty("InvocationStatus").GetString());
        Assert.False(string.IsNullOrEmpty(stopped.GetProperty("StopTime").GetString()));
        (await Client.EcsAsync("StopInvocation", Hz, P("InvokeId", "t-nope"))).AssertError(404, "InvalidInvokeId.NotFound");
    }

    [Fact]
    public async Task ACommandLongerThanItsTimeoutEndsInTimeout()
    {
        Control.SetScriptBehaviour("i-ubuntu2204", "prescript", ScriptBehaviour.Hang());
        await UploadAsync("i-ubuntu2204", "prescript.sh");
        var id = (await RunCommandAsync("i-ubuntu2204", "bash /tmp/prescript.sh", "RunShellScript", P("Timeout", "60"))).AssertOk()["InvokeId"].GetString()!;
        LetTimePass();
        var r = await ResultOfAsync(id);
        Assert.Equal("Timeout", r.GetProperty("InvocationStatus").GetString());
        Assert.Equal("ExecutionTimeout", r.GetProperty("ErrorCode").GetString());
    }

    private async Task UploadAsync(string instanceId, string name)
    {
        (await Client.EcsAsync("SendFile", Hz, P("InstanceId.1", instanceId), P("Name", name), P("TargetDir", "/tmp"), P("Content", "#!/bin/sh\n"), P("FileMode", "0700"))).AssertOk();
        LetTimePass(5);
    }

    [Fact]
    public async Task DescribeInvocationsPagesAndFiltersByInstance()
    {
        for (var i = 0; i < 3; i++) (await RunCommandAsync("i-ubuntu2204", "nosuchcmd")).AssertOk();
        (await RunCommandAsync("i-mysql-centos79", "nosuchcmd")).AssertOk();
        var page = (await Client.EcsAsync("DescribeInvocations", Hz, P("InstanceId", "i-ubuntu2204"), P("PageSize", "2"))).AssertOk();
        Assert.Equal(3, page["TotalCount"].GetInt32());
        Assert.Equal(2, page["Invocations.Invocation"].GetArrayLength());
        var token = (await Client.EcsAsync("DescribeInvocations", Hz, P("MaxResults", "3"))).AssertOk();
        Assert.Equal(3, token["Invocations.Invocation"].GetArrayLength());
        var rest = (await Client.EcsAsync("DescribeInvocations", Hz, P("MaxResults", "3"), P("NextToken", token["NextToken"].GetString()!))).AssertOk();
        Assert.Equal(1, rest["Invocations.Invocation"].GetArrayLength());
        Assert.Equal("", rest["NextToken"].GetString());
        (await Client.EcsAsync("DescribeInvocations", Hz, P("PageSize", "0"))).AssertError(400, "InvalidParam.PageSize");
        (await Client.EcsAsync("DescribeInvocations", Hz, P("PageNumber", "0"))).AssertError(400, "InvalidParam.PageNumber");
    }
}
