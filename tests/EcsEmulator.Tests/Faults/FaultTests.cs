using System.Diagnostics;
using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.Faults;

public class FaultTests : EmulatorTest
{
    private static (string, string) Hz => ("RegionId", "cn-hangzhou");

    [Fact]
    public async Task ThrottlingRefusesWithThrottlingUser()
    {
        Control.SetFault("DescribeInstances", new FaultSettings { ThrottlePercent = 100 });
        var r = (await Client.EcsAsync("DescribeInstances", Hz)).AssertError(400, "Throttling.User");
        Assert.Equal("Request was denied due to user flow control.", r.Body.GetProperty("Message").GetString());
        (await Client.EcsAsync("DescribeRegions")).AssertOk();
        Control.ClearFaults();
        (await Client.EcsAsync("DescribeInstances", Hz)).AssertOk();
    }

    [Fact]
    public async Task ServerErrorsAreServiceUnavailableOrInternalError()
    {
        Control.SetFault("*", new FaultSettings { ServerErrorPercent = 100 });
        var codes = new HashSet<string>();
        for (var i = 0; i < 12; i++)
        {
            var r = await Client.EcsAsync("DescribeRegions");
            Assert.True(((int)r.Status, r.Code) is (503, "ServiceUnavailable") or (500, "InternalError"), r.Body.ToString());
            codes.Add(r.Code!);
        }
        Assert.Equal(2, codes.Count);
    }

    [Fact]
    public async Task APercentageFailsRoughlyThatShareOfCalls()
    {
        Control.SetFault("DescribeRegions", new FaultSettings { ThrottlePercent = 50 });
        var failures = 0;
        for (var i = 0; i < 60; i++)
            if ((await Client.EcsAsync("DescribeRegions")).Code == "Throttling.User") failures++;
        Assert.InRange(failures, 10, 50);
    }

    [Fact]
    public async Task LatencyDelaysTheAnswer()
    {
        Control.SetFault("DescribeRegions", new FaultSettings { LatencyMs = 300 });
        var watch = Stopwatch.StartNew();
        (await Client.EcsAsync("DescribeRegions")).AssertOk();
        Assert.True(watch.ElapsedMilliseconds >= 290, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ARateLimitThrottlesCallsBeyondItInOneSecond()
    {
        Control.FreezeClock();
        Control.SetFault("DescribeRegions", new FaultSettings { RatePerSecond = 3 });
        var results = new List<string?>();
        for (var i = 0; i < 6; i++) results.Add((await Client.EcsAsync("DescribeRegions")).Code);
        Assert.Equal([null, null, null, "Throttling.User", "Throttling.User", "Throttling.User"], results);
        LetTimePass(1);
        (await Client.EcsAsync("DescribeRegions")).AssertOk();
    }

    [Fact]
    public async Task DropAfterCommitAppliesTheEffectButSendsNoResponse()
    {
        Control.SetFault("RunCommand", new FaultSettings { DropAfterCommitPercent = 100 });
        await Assert.ThrowsAsync<HttpRequestException>(() => RunCommandAsync("i-ubuntu2204", "nosuchcmd"));
        Assert.Equal(1, Control.GetCreatedCounts()["Invocation"]);
        Assert.Equal(1, Control.GetCallCounts()["RunCommand"]);
        var r = (await Client.EcsAsync("DescribeInvocations", Hz, P("InstanceId", "i-ubuntu2204"))).AssertOk();
        Assert.Equal(1, r["TotalCount"].GetInt32());
    }

    [Fact]
    public async Task DropAfterCommitWithAClientTokenLetsARetryFindTheOriginal()
    {
        Control.SetFault("RunCommand", new FaultSettings { DropAfterCommitPercent = 100 });
        await Assert.ThrowsAsync<HttpRequestException>(() => RunCommandAsync("i-ubuntu2204", "nosuchcmd", "RunShellScript", P("ClientToken", "retry-me")));
        Control.ClearFaults();
        (await RunCommandAsync("i-ubuntu2204", "nosuchcmd", "RunShellScript", P("ClientToken", "retry-me"))).AssertOk();
        Assert.Equal(1, Control.GetCreatedCounts()["Invocation"]);
    }

    [Fact]
    public async Task AGracefulCloseAfterCommitMakesDotNetResendTheIdenticalRequestWhichIsRefusedAsANonceReplay()
    {
        Control.SetFault("RunCommand", new FaultSettings { CloseAfterCommitPercent = 100 });

        // .NET's handler sends the request again, unchanged, when the connection ends before any response byte.
        var resent = await RunCommandAsync("i-ubuntu2204", "nosuchcmd");

        resent.AssertError(400, "SignatureNonceUsed");
        Assert.Equal(1, Control.GetCreatedCounts()["Invocation"]);
        var r = (await Client.EcsAsync("DescribeInvocations", Hz, P("InstanceId", "i-ubuntu2204"))).AssertOk();
        Assert.Equal(1, r["TotalCount"].GetInt32());
    }

    [Fact]
    public async Task CallCountsArePerAction()
    {
        await Client.EcsAsync("DescribeRegions");
        await Client.EcsAsync("DescribeRegions");
        await Client.EcsAsync("DescribeInstances", Hz);
        var counts = Control.GetCallCounts();
        Assert.Equal(2, counts["DescribeRegions"]);
        Assert.Equal(1, counts["DescribeInstances"]);
    }
}
