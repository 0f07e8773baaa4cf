using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Prerequisites;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Workflow.Prerequisites;

public class PrerequisiteOperationTests
{
    [Fact]
    public async Task UnreadableRamIsAWarningThatCannotBlockReadiness()
    {
        var cloud = new FakeSnapshotCloud();
        cloud.Add("i-1");
        cloud.Ecs
            .On("DescribeCloudAssistantStatus", """{"InstanceCloudAssistantStatusSet":{"InstanceCloudAssistantStatus":[{"InstanceId":"i-1","CloudAssistantStatus":"true","CloudAssistantVersion":"2.2.3"}]}}""")
            .On("DescribeDisks", """{"Disks":{"Disk":[{"DiskId":"d-1","InstanceId":"i-1","Category":"cloud_essd","Size":40,"Type":"system"},{"DiskId":"d-2","InstanceId":"i-1","Category":"cloud_auto","Size":33000,"Type":"data"}]}}""");
        cloud.Clients.RamClient.On("ListPoliciesForRole", _ => throw new AcsApiException("NoPermission", "denied", "r", 403, "ListPoliciesForRole", "Ram"));
        var request = new PrerequisiteRequest();
        request.Instances.Add(new InstanceTarget("i-1"));
        var sink = new RecordingSink();

        await new PrerequisiteOperation(cloud.Clients).RunAsync(request, sink, CancellationToken.None);

        var report = Assert.Single(sink.ObjectsOf<PrerequisiteReport>());
        var policy = Assert.Single(report.Checks, c => c.Name == PrerequisiteCheckNames.RamRolePolicy);
        Assert.Equal(((bool?)null, CheckSeverity.Warning), (policy.Passed, policy.SeverityValue));
        Assert.Contains("Could not verify", policy.Detail);
        var size = Assert.Single(report.Checks, c => c.Name == PrerequisiteCheckNames.GroupSize);
        Assert.False(size.Passed);
        Assert.False(report.Ready);
        Assert.Equal(new[] { PrerequisiteCheckNames.GroupSize }, report.FailedChecks);
        Assert.Contains(PrerequisiteCheckNames.RamRolePolicy, report.WarningChecks);
        Assert.Single(cloud.Ecs.CallsTo("DescribeDisks"));
    }
}
