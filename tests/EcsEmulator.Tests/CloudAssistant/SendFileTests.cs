using System.Text;
using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.CloudAssistant;

public class SendFileTests : EmulatorTest
{
    private static (string, string) Hz => ("RegionId", "cn-hangzhou");

    private Task<ApiResponse> SendAsync(string instance, string name, string content, params (string, string)[] extra) =>
        Client.EcsAsync("SendFile", [Hz, P("InstanceId.1", instance), P("Name", name), P("TargetDir", "/tmp"), P("Content", content), .. extra]);

    [Fact]
    public async Task AFileLandsInTheSimulatedFileSystemWithOwnerAndMode()
    {
        Control.FreezeClock();
        var invokeId = (await SendAsync("i-mysql-centos79", "prescript.sh", "#!/bin/bash\necho freeze\n", P("FileMode", "0700"), P("FileOwner", "root"), P("FileGroup", "root"))).AssertOk()["InvokeId"].GetString()!;
        Assert.StartsWith("f-", invokeId);
        Assert.Empty(Control.GetFiles("i-mysql-centos79"));
        var pending = (await Client.EcsAsync("DescribeSendFileResults", Hz, P("InvokeId", invokeId))).AssertOk();
        Assert.Equal("Pending", pending["Invocations.Invocation.0.InvocationStatus"].GetString());

        LetTimePass();
        var done = (await Client.EcsAsync("DescribeSendFileResults", Hz, P("InvokeId", invokeId))).AssertOk();
        Assert.Equal("Success", done["Invocations.Invocation.0.InvocationStatus"].GetString());
        Assert.Equal("Success", done["Invocations.Invocation.0.InvokeInstances.InvokeInstance.0.InvocationStatus"].GetString());
        Assert.Equal("0700", done["Invocations.Invocation.0.FileMode"].GetString());
        var file = Assert.Single(Control.GetFiles("i-mysql-centos79"));
        Assert.Equal(("/tmp/prescript.sh", "root", "0700", "#!/bin/bash\necho freeze\n"), (file.Path, file.Owner, file.Mode, file.Content));
    }

    [Fact]
    public async Task Base64ContentIsDecodedBeforeWriting()
    {
        (await SendAsync("i-ubuntu2204", "a.txt", Convert.ToBase64String(Encoding.UTF8.GetBytes("héllo")), P("ContentType", "Base64"))).AssertOk();
        LetTimePass();
        Assert.Equal("héllo", Assert.Single(Control.GetFiles("i-ubuntu2204")).Content);
        (await SendAsync("i-ubuntu2204", "b.txt", "%%%", P("ContentType", "Base64"))).AssertError(403, "FileContent.DecodeError");
    }

    [Fact]
    public async Task AnExistingFileIsKeptUnlessOverwriteIsTrue()
    {
        (await SendAsync("i-ubuntu2204", "f.txt", "one")).AssertOk();
        LetTimePass();
        var refused = (await SendAsync("i-ubuntu2204", "f.txt", "two")).AssertOk()["InvokeId"].GetString()!;
        LetTimePass();
        var r = (await Client.EcsAsync("DescribeSendFileResults", Hz, P("InvokeId", refused))).AssertOk();
        Assert.Equal("Failed", r["Invocations.Invocation.0.InvocationStatus"].GetString());
        Assert.Equal("FileAlreadyExists", r["Invocations.Invocation.0.InvokeInstances.InvokeInstance.0.ErrorCode"].GetString());
        Assert.Equal("one", Control.GetFiles("i-ubuntu2204").Single().Content);
        (await SendAsync("i-ubuntu2204", "f.txt", "three", P("Overwrite", "true"))).AssertOk();
        LetTimePass();
        Assert.Equal("three", Control.GetFiles("i-ubuntu2204").Single().Content);
    }

    [Fact]
    public async Task LimitsAreEnforced()
    {
        (await SendAsync("i-ubuntu2204", "big.bin", new string('a', 24 * 1024 + 10))).AssertError(403, "FileSize.ExceedLimit");
        (await SendAsync("i-ubuntu2204", "x", "x", P("FileMode", "rwx"))).AssertError(403, "FileMode.Invalid");
        (await SendAsync("i-ubuntu2204", "x", "x", P("ContentType", "Zip"))).AssertError(403, "FileContentType.Invalid");
        (await SendAsync("i-stopped", "x", "x")).AssertError(403, "InvalidInstance.NotMatch");
        var many = Enumerable.Range(1, 51).Select(n => P($"InstanceId.{n}", $"i-bench-linux-{n:D4}")).ToArray();
        (await Client.EcsAsync("SendFile", [Hz, P("Name", "x"), P("TargetDir", "/tmp"), P("Content", "x"), .. many])).AssertError(403, "InstanceIds.ExceedLimit");
        (await Client.EcsAsync("SendFile", Hz, P("InstanceId.1", "i-ubuntu2204"), P("TargetDir", "/tmp"), P("Content", "x"))).AssertError(400, "MissingParameter");
    }

    [Fact]
    public async Task WindowsFilesIgnoreLinuxOwnership()
    {
        (await Client.EcsAsync("SendFile", Hz, P("InstanceId.1", "i-win2019-sql"), P("Name", "a.ps1"), P("TargetDir", "C:\\scripts"), P("Content", "x"))).AssertOk();
        LetTimePass();
        var file = Assert.Single(Control.GetFiles("i-win2019-sql"));
        Assert.Equal(("C:\\scripts\\a.ps1", ""), (file.Path, file.Owner));
    }

    [Fact]
    public async Task TheSameClientTokenReturnsTheFirstTaskAndSendsNothingTwice()
    {
        var first = (await SendAsync("i-ubuntu2204", "t.txt", "one", P("ClientToken", "send-1"))).AssertOk()["InvokeId"].GetString();
        var again = (await SendAsync("i-ubuntu2204", "t.txt", "one", P("ClientToken", "send-1"))).AssertOk()["InvokeId"].GetString();

        Assert.Equal(first, again);
        Assert.Equal(1, Control.GetCreatedCounts()["SendFile"]);
        (await SendAsync("i-ubuntu2204", "t.txt", "two", P("ClientToken", "send-1"))).AssertError(403, "IdempotentParameterMismatch");
    }

    [Fact]
    public async Task ResultsCanBeFoundByTag()
    {
        var tagged = (await SendAsync("i-ubuntu2204", "t.txt", "one", P("Tag.1.Key", "run"), P("Tag.1.Value", "abc"))).AssertOk()["InvokeId"].GetString();
        (await SendAsync("i-ubuntu2204", "u.txt", "two", P("Tag.1.Key", "run"), P("Tag.1.Value", "other"))).AssertOk();

        var found = (await Client.EcsAsync("DescribeSendFileResults", Hz, P("Tag.1.Key", "run"), P("Tag.1.Value", "abc"))).AssertOk();

        Assert.Equal(1, found["TotalCount"].GetInt32());
        Assert.Equal(tagged, found["Invocations.Invocation.0.InvokeId"].GetString());
    }
}
