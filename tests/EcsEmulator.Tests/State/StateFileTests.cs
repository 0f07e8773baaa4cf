using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.State;

/// <summary>--state FILE: an emulator started again on the same file still knows what the first one did, and finishes its work.</summary>
public sealed class StateFileTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"emulator-state-{Guid.NewGuid():N}.json");
    private EmulatorHost _first = null!;

    private const string Plugin = "acs-plugin-manager --exec --plugin app-snapshot-plugin --params=-RamRoleName=\"EcsSnapshotRole\",-Name=\"restart\"";

    private static (string, string) Hz => ("RegionId", "cn-hangzhou");

    private EmulatorOptions Options => new() { SpeedFactor = 0.01, Seed = 42, StatePath = _path };

    public async Task InitializeAsync() => _first = await EmulatorHost.StartAsync(Options);

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        File.Delete(_path);
    }

    [Fact]
    public async Task AnUnfinishedRunFinishesAfterARestartWithItsGroupAndItsTokenIsStillHonoured()
    {
        _first.Control.FreezeClock();
        string invokeId;
        using (var client = new EmulatorClient(_first))
        {
            invokeId = (await client.EcsAsync("RunCommand", Hz, ("Type", "RunShellScript"), ("InstanceId.1", "i-ubuntu2204"), ("ClientToken", "tok-restart"),
                ("CommandContent", Plugin))).AssertOk()["InvokeId"].GetString()!;
            (await client.EcsAsync("StopInstance", ("InstanceId", "i-mysql-centos79"))).AssertOk();
        }
        await _first.DisposeAsync();

        _first = await EmulatorHost.StartAsync(Options);
        using var again = new EmulatorClient(_first);
        var pending = (await again.EcsAsync("DescribeInvocations", Hz, ("InvokeId", invokeId))).AssertOk();
        Assert.Equal(1, pending["TotalCount"].GetInt32());

        _first.Control.AdvanceClock(TimeSpan.FromHours(1));
        var done = (await again.EcsAsync("DescribeInvocations", Hz, ("InvokeId", invokeId))).AssertOk();
        Assert.Equal("Success", done["Invocations.Invocation.0.InvocationStatus"].GetString());
        Assert.Equal(1, _first.Control.GetSnapshotGroupCount("i-ubuntu2204"));
        Assert.Equal("Stopped", _first.Control.GetInstances().Single(i => i.InstanceId == "i-mysql-centos79").Status);
        var replay = (await again.EcsAsync("RunCommand", Hz, ("Type", "RunShellScript"), ("InstanceId.1", "i-ubuntu2204"), ("ClientToken", "tok-restart"),
            ("CommandContent", Plugin))).AssertOk();
        Assert.Equal(invokeId, replay["InvokeId"].GetString());
        Assert.Equal(1, _first.Control.GetCreatedCounts()["Invocation"]);
    }

    [Fact]
    public async Task FilesRolesAndGroupsSurviveAndNewIdsDoNotRepeatOldOnes()
    {
        using (var client = new EmulatorClient(_first))
        {
            (await client.EcsAsync("SendFile", Hz, ("InstanceId.1", "i-ubuntu2204"), ("Name", "f.txt"), ("TargetDir", "/tmp"), ("Content", "kept"))).AssertOk();
            (await client.EcsAsync("DetachInstanceRamRole", Hz, ("InstanceIds", "[\"i-ubuntu2204\"]"))).AssertOk();
        }
        await _first.DisposeAsync();

        _first = await EmulatorHost.StartAsync(Options);
        _first.Control.AdvanceClock(TimeSpan.FromHours(1));
        using var again = new EmulatorClient(_first);

        Assert.Equal("kept", Assert.Single(_first.Control.GetFiles("i-ubuntu2204")).Content);
        Assert.Null(_first.Control.GetInstances().Single(i => i.InstanceId == "i-ubuntu2204").RamRoleName);
        var second = (await again.EcsAsync("SendFile", Hz, ("InstanceId.1", "i-mysql-centos79"), ("Name", "g.txt"), ("TargetDir", "/tmp"), ("Content", "new"))).AssertOk()["InvokeId"].GetString()!;
        var all = (await again.EcsAsync("DescribeSendFileResults", Hz)).AssertOk();
        Assert.Equal(2, all["TotalCount"].GetInt32());
        Assert.NotEqual(all["Invocations.Invocation.0.InvokeId"].GetString(), all["Invocations.Invocation.1.InvokeId"].GetString());
        Assert.StartsWith("f-", second);
    }
}
