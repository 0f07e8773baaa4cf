namespace EcsEmulator.Tests.Plugin;

/// <summary>The bench fleet: 600 Linux instances in batches of 100, results polled page by page, exactly one group per instance.</summary>
public class FleetTests : PluginTest
{
    [Fact]
    public async Task SixHundredInstancesEachGetExactlyOneGroup()
    {
        var ids = Enumerable.Range(1, 600).Select(n => $"i-bench-linux-{n:D4}").ToList();
        var invokes = new List<string>();
        foreach (var batch in ids.Chunk(100))
        {
            var instances = batch.Select((id, n) => P($"InstanceId.{n + 1}", id)).ToArray();
            var run = (await Client.EcsAsync("RunCommand", [Hz, P("Type", "RunShellScript"), P("CommandContent", Linux + "-RamRoleName=\"EcsSnapshotRole\",-Name=\"bench\""), .. instances])).AssertOk();
            invokes.Add(run["InvokeId"].GetString()!);
        }
        LetTimePass();

        var exitCodes = new List<long>();
        foreach (var invokeId in invokes)
        {
            string? token = null;
            do
            {
                var page = (await Client.EcsAsync("DescribeInvocationResults", [Hz, P("InvokeId", invokeId), P("MaxResults", "50"), .. token is null ? Array.Empty<(string, string)>() : [P("NextToken", token)]])).AssertOk();
                exitCodes.AddRange(page["Invocation.InvocationResults.InvocationResult"].EnumerateArray().Select(r => r.GetProperty("ExitCode").GetInt64()));
                token = page["Invocation.NextToken"].GetString();
            } while (!string.IsNullOrEmpty(token));
        }
        Assert.Equal(600, exitCodes.Count);
        Assert.All(exitCodes, c => Assert.Equal(0, c));
        Assert.Equal(600, Control.GetCreatedCounts()["SnapshotGroup"]);
        Assert.All(ids, id => Assert.Equal(1, Control.GetSnapshotGroupCount(id)));
    }
}
