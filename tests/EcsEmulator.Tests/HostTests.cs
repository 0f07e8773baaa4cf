using EcsEmulator.Tests.Support;

namespace EcsEmulator.Tests;

public class HostTests
{
    [Theory]
    [InlineData("http://0.0.0.0:8787")]
    [InlineData("http://*:8787")]
    [InlineData("http://192.168.1.10:8787")]
    [InlineData("http://127.0.0.1:8787;http://example.com:8788")]
    public void NonLoopbackUrlsAreRefused(string urls) => Assert.Throws<ArgumentException>(() => EmulatorHost.EnsureLoopback(urls));

    [Theory]
    [InlineData("http://127.0.0.1:8787")]
    [InlineData("http://localhost:8787")]
    [InlineData("http://[::1]:8787")]
    public void LoopbackUrlsAreAccepted(string urls) => EmulatorHost.EnsureLoopback(urls);

    [Fact]
    public async Task StartsOnAnEphemeralLoopbackPort()
    {
        await using var a = await EmulatorHost.StartAsync();
        await using var b = await EmulatorHost.StartAsync();
        Assert.Equal("127.0.0.1", a.BaseUri.Host);
        Assert.NotEqual(a.BaseUri.Port, b.BaseUri.Port);
    }

    [Fact]
    public async Task AJsonFixtureFileReplacesTheDefault()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fixture-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            {
              "Regions": [ { "RegionId": "cn-beijing", "LocalName": "华北2（北京）" } ],
              "Policies": [ { "PolicyName": "Snap", "PolicyDocument": "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ecs:*\",\"Resource\":\"*\"}]}" } ],
              "Roles": [ { "RoleName": "R", "AssumeRolePolicyDocument": "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"ecs.aliyuncs.com\"]}}],\"Version\":\"1\"}", "AttachedPolicies": [ "Snap" ] } ],
              "Instances": [ {
                "InstanceId": "i-one", "InstanceName": "one", "RegionId": "cn-beijing", "OSType": "linux", "OSName": "CentOS  7.9 64位",
                "RamRoleName": "R", "Disks": [ { "DiskId": "d-one", "Category": "cloud_essd", "Size": 40, "Type": "system" } ],
                "Files": [ { "Path": "/etc/motd", "Content": "hi" } ]
              } ]
            }
            """);
        try
        {
            await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { FixturePath = path, SpeedFactor = 0.01 });
            using var client = new EmulatorClient(host);
            var r = (await client.EcsAsync("DescribeInstances", ("RegionId", "cn-beijing"))).AssertOk();
            Assert.Equal("i-one", r["Instances.Instance.0.InstanceId"].GetString());
            (await client.EcsAsync("DescribeInstances", ("RegionId", "cn-hangzhou"))).AssertError(404, "InvalidRegionId.NotFound");
            Assert.Equal("hi", host.Control.GetFiles("i-one").Single().Content);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
