using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests.CloudAssistant;

public class CloudAssistantStatusTests : EmulatorTest
{
    private static (string, string) Hz => ("RegionId", "cn-hangzhou");

    [Fact]
    public async Task StatusReportsAgentPresence()
    {
        var r = (await Client.EcsAsync("DescribeCloudAssistantStatus", Hz, P("InstanceId.1", "i-ubuntu2204"), P("InstanceId.2", "i-no-cloud-assistant"))).AssertOk();
        var rows = r["InstanceCloudAssistantStatusSet.InstanceCloudAssistantStatus"].EnumerateArray().ToDictionary(x => x.GetProperty("InstanceId").GetString()!);
        Assert.Equal("true", rows["i-ubuntu2204"].GetProperty("CloudAssistantStatus").GetString());
        Assert.Equal("Linux", rows["i-ubuntu2204"].GetProperty("OSType").GetString());
        Assert.Equal("false", rows["i-no-cloud-assistant"].GetProperty("CloudAssistantStatus").GetString());
        Assert.Equal("", rows["i-no-cloud-assistant"].GetProperty("CloudAssistantVersion").GetString());
        (await Client.EcsAsync("DescribeCloudAssistantStatus", Hz, P("InstanceId.1", "i-ghost"))).AssertError(404, "InvalidInstance.NotFound");
    }

    [Fact]
    public async Task InstallCloudAssistantTakesEffectAfterARestart()
    {
        (await Client.EcsAsync("InstallCloudAssistant", Hz, P("InstanceId.1", "i-no-cloud-assistant"))).AssertOk();
        (await RunCommandAsync("i-no-cloud-assistant", "true")).AssertError(403, "InvalidInstance.NotMatch");
        (await Client.EcsAsync("StopInstance", P("InstanceId", "i-no-cloud-assistant"))).AssertOk();
        LetTimePass(60);
        (await Client.EcsAsync("StartInstance", P("InstanceId", "i-no-cloud-assistant"))).AssertOk();
        LetTimePass(60);
        (await RunCommandAsync("i-no-cloud-assistant", "true")).AssertOk();
        (await Client.EcsAsync("InstallCloudAssistant", Hz)).AssertError(400, "MissingParam.InstanceId");
    }
}
