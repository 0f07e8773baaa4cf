namespace EcsEmulator.Tests.Plugin;

/// <summary>The bench fleet: 600 instances in batches of 100, many polls, exactly one group per instance.</summary>
public class FleetTests : PluginTest
{
    [Fact]
    public async Task SixHundredInstancesEachGetExactlyOneGroup()
    {
        var ids = Enumerable.Range(1, 570).Select(n => $"i-bench-linux-{n:D4}").ToList();
        var invokes = new List<string>();
        foreach (var batch in ids.Chunk(100))
        {
            var instances = batch.Select((id, n) => P($"InstanceId.{n + 1}", id)).ToArray();
            var run = (await Client.EcsAsync("RunCommand", [Hz, P("Type", "RunShellScript"), P("CommandContent", Linux + "-RamRoleName=\"EcsSnapshotRole\",-Name=\"bench\""), .. instances])).AssertOk();
            invokes.Add(run["InvokeId"].GetString()!);
        }
        LetTimePass();
        foreach (var invokeId in invokes)
        {
            var r = (await Client.EcsAsync("DescribeInvocations", Hz, P("InvokeId", invokeId))).AssertOk();
            Assert.Equal("Success", r["Invocations.Invocation.0.InvocationStatus"].GetString());
        }
        Assert.Equal(570, Control.GetCreatedCounts()["SnapshotGroup"]);
        Assert.All(ids, id => Assert.Equal(1, Control.GetSnapshotGroupCount(id)));
    }
}
