using EcsEmulator.Http;
using EcsEmulator.Infrastructure;
using EcsEmulator.State;

namespace EcsEmulator.Actions.Ecs;

/// <summary>The DescribeInstances shape of an instance (the subset of fields the module reads, real names).</summary>
internal static class InstanceView
{
    public static object Of(Instance i) => new
    {
        i.InstanceId,
        i.InstanceName,
        HostName = i.InstanceName,
        Description = "",
        i.Status,
        i.RegionId,
        i.ZoneId,
        i.InstanceType,
        InstanceTypeFamily = string.Join('.', i.InstanceType.Split('.').Take(2)),
        Cpu = 2,
        Memory = 8192,
        i.ImageId,
        OSType = i.OSType,
        i.OSName,
        i.OSNameEn,
        InstanceNetworkType = "vpc",
        InstanceChargeType = "PostPaid",
        InternetChargeType = "PayByTraffic",
        CreationTime = WireFormat.Time(i.CreationTime),
        StartTime = WireFormat.Time(i.CreationTime),
        StoppedMode = i.Status == "Stopped" ? "KeepCharging" : "Not-applicable",
        ResourceGroupId = "",
        SerialNumber = Guid.NewGuid().ToString(),
        DeletionProtection = false,
        VpcAttributes = new { VpcId = "vpc-emulator", VSwitchId = "vsw-emulator", NatIpAddress = "", PrivateIpAddress = Wrap.List("IpAddress", new[] { "172.16.0.10" }) },
        PublicIpAddress = Wrap.List("IpAddress", Array.Empty<string>()),
        InnerIpAddress = Wrap.List("IpAddress", Array.Empty<string>()),
        SecurityGroupIds = Wrap.List("SecurityGroupId", new[] { "sg-emulator" }),
        OperationLocks = Wrap.List("LockReason", Array.Empty<object>()),
        Tags = Wrap.Tags(i.Tags),
    };
}
