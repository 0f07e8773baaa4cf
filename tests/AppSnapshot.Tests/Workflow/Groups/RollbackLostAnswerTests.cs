using AppSnapshot.Client;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Groups;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Workflow.Groups;

/// <summary>A rollback whose StopInstance or ResetDisks answer was lost: the instance's status and the disks decide.</summary>
public class RollbackLostAnswerTests
{
    private const string Group = """{"SnapshotGroups":{"SnapshotGroup":[{"SnapshotGroupId":"ssg-1","Name":"g","Status":"accomplished","InstanceId":"i-1","Snapshots":{"Snapshot":[{"SnapshotId":"s-1","SourceDiskId":"d-1","Progress":"100%"}]}}]}}""";

    private static AcsTransportException Lost(string action) => new("connection reset; not sent again", action, "Ecs", 1, 1, mayHaveBeenApplied: true);

    private static string Instance(string status) =>
        "{\"Instances\":{\"Instance\":[{\"InstanceId\":\"i-1\",\"Status\":\"" + status + "\",\"OSType\":\"linux\",\"RegionId\":\"cn-hangzhou\"}]}}";

    [Fact]
    public async Task AStopThatDidNotHappenResetsNothing()
    {
        var ecs = new FakeRpcClient()
            .On("DescribeSnapshotGroups", Group)
            .On("DescribeInstances", Instance("Running"))
            .On("StopInstance", _ => throw Lost("StopInstance"));
        var sink = new RecordingSink();

        await new SnapshotGroupRollbackOperation(new FakeClients(ecs), new WorkflowSettings { Clock = new ManualClock() })
            .RunAsync(new SnapshotGroupRollbackRequest { SnapshotGroupId = "ssg-1", StopInstance = true }, sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.InstanceStateChangeFailed, error.ErrorId);
        Assert.Contains("still Running: the request was not carried out", error.Message);
        Assert.Empty(ecs.CallsTo("ResetDisks"));
    }

    [Fact]
    public async Task AResetWhoseDiskDoesNotComeFromTheSnapshotWasNotMade()
    {
        var ecs = new FakeRpcClient()
            .On("DescribeSnapshotGroups", Group)
            .On("DescribeInstances", Instance("Stopped"))
            .On("ResetDisks", _ => throw Lost("ResetDisks"))
            .On("DescribeDisks", """{"Disks":{"Disk":[{"DiskId":"d-1","InstanceId":"i-1","SourceSnapshotId":"s-older"}]}}""");
        var sink = new RecordingSink();

        await new SnapshotGroupRollbackOperation(new FakeClients(ecs), new WorkflowSettings { Clock = new ManualClock() })
            .RunAsync(new SnapshotGroupRollbackRequest { SnapshotGroupId = "ssg-1" }, sink, CancellationToken.None);

        var result = Assert.Single(sink.ObjectsOf<RollbackResult>());
        Assert.False(result.Succeeded);
        Assert.Equal("AnswerLost", result.ErrorCode);
        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.RollbackDiskFailed, error.ErrorId);
        Assert.Contains("Nothing was changed on this disk", error.RecommendedAction);
        Assert.Single(ecs.CallsTo("ResetDisks"));
    }
}
