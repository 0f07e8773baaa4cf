using AppSnapshot.Client;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Tests.Fakes;

public sealed class FakeClients : ICloudClients
{
    public FakeClients(FakeRpcClient ecs, FakeRpcClient? ram = null)
    {
        EcsClient = ecs;
        RamClient = ram ?? new FakeRpcClient("Ram", null);
    }

    public FakeRpcClient EcsClient { get; }
    public FakeRpcClient RamClient { get; }
    public string? DefaultRegionId => EcsClient.RegionId;
    public IRpcClient Ecs(string? regionId) => EcsClient;
    public IRpcClient Ram => RamClient;
}
