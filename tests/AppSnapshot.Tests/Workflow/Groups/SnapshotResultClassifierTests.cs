using System.Text;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Groups;

namespace AppSnapshot.Tests.Workflow.Groups;

public class SnapshotResultClassifierTests
{
    private const string SuccessLog =
        "[level=\"info\"][time=\"2026-11-21 17:30:06.1\"][snapshotgroup=\"ssg-1\"][message=\"Take AppConsistent snapshots successfully\"]\n";

    private static InstanceInvocationRecord Record(string status, long? exitCode, string log = SuccessLog, string errorCode = "") => new()
    {
        InvokeId = "t-1", InstanceId = "i-1", InvocationStatus = status, ExitCode = exitCode, ErrorCode = errorCode,
        Output = Convert.ToBase64String(Encoding.UTF8.GetBytes(log)), RequestId = "req-poll",
        StartTime = DateTimeOffset.Parse("2026-11-21T09:30:00Z"), FinishTime = DateTimeOffset.Parse("2026-11-21T09:30:08Z"),
    };

    private static SnapshotGroupRecord Group(params (string Key, string Value)[][] tagsPerSnapshot) => new()
    {
        SnapshotGroupId = "ssg-1", Name = "g", RequestId = "req-group",
        Snapshots = tagsPerSnapshot.Select((tags, i) => new GroupSnapshotRecord
        {
            SnapshotId = "s-" + i, Progress = "100%", Available = true,
            Tags = tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.OrdinalIgnoreCase),
        }).ToList(),
    };

    private static AppSnapshot.Models.AppSnapshotResult Build(InstanceInvocationRecord record, SnapshotGroupRecord? group) =>
        SnapshotResultClassifier.Build("cn-hangzhou", record, PluginLog.FromBase64(record.Output), group, new[] { "req-run", record.RequestId, group?.RequestId ?? "" });

    [Fact]
    public void ConsistencyComesFromTheTagsComparedCaseInsensitively()
    {
        var result = Build(Record("Success", 0), Group(new[] { ("appconsistent", "true") }, new[] { ("APPConsistent", "True") }));

        Assert.True(result.Succeeded);
        Assert.Equal(Consistency.Application, result.ConsistencyValue);
        Assert.Equal("Tags", result.ConsistencySource);
        Assert.Equal("ssg-1", result.SnapshotGroupId);
        Assert.Equal(new[] { "req-run", "req-poll", "req-group" }, result.RequestIds);
        Assert.Equal(8.0, result.TotalSeconds);
        Assert.Null(SnapshotResultClassifier.ErrorFor(result, requireApplicationConsistent: true));
    }

    private const string GuestAtUtcPlus8Log =
        "[level=\"info\"][time=\"2026-11-21 17:30:00.500\"][message=\"Get RamRole=EcsSnapshotRole credentials successfully\"]\n" +
        "[level=\"info\"][time=\"2026-11-21 17:30:01.000\"][message=\"Start to Freeze FileSystem\"]\n" +
        "[level=\"info\"][time=\"2026-11-21 17:30:03.250\"][message=\"Thaw FileSystem Successfully\"]\n" +
        "[level=\"info\"][time=\"2026-11-21 17:30:03.300\"][snapshotgroup=\"ssg-1\"][message=\"Take FsConsistent snapshots successfully\"]\n";

    [Fact]
    public void GuestTimesCarryTheGuestsOffsetInferredFromTheStartTime()
    {
        var result = Build(Record("Success", 0, GuestAtUtcPlus8Log), Group(new[] { ("FsConsistent", "True") }));

        Assert.Equal(TimeSpan.FromHours(8), result.FreezeStart!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 17, 30, 1, TimeSpan.FromHours(8)), result.FreezeStart);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 30, 3, 250, TimeSpan.Zero), result.ThawEnd!.Value.ToUniversalTime());
        Assert.True(result.FreezeStart >= result.StartTime && result.ThawEnd <= result.FinishTime, "the freeze lies within the run");
        Assert.Equal(TimeSpan.Zero, result.StartTime!.Value.Offset);
    }

    [Fact]
    public void WithoutAStartTimeTheGuestTimesAreUnknownButTheFreezeDurationStays()
    {
        var record = Record("Success", 0, GuestAtUtcPlus8Log);
        record.StartTime = null;

        var result = Build(record, Group(new[] { ("FsConsistent", "True") }));

        Assert.Null(result.FreezeStart);
        Assert.Null(result.ThawEnd);
        Assert.Equal(2.25, result.FreezeSeconds);
    }

    [Fact]
    public void TheWeakestSnapshotDecidesTheGroup()
    {
        var result = Build(Record("Success", 0), Group(new[] { ("APPConsistent", "True") }, new[] { ("FsConsistent", "True") }));

        Assert.Equal(Consistency.FileSystem, result.ConsistencyValue);
        var error = SnapshotResultClassifier.ErrorFor(result, requireApplicationConsistent: true);
        Assert.Equal(WorkflowErrorIds.NotApplicationConsistent, error!.ErrorId);
        Assert.Same(result, error.Target);
        Assert.Null(SnapshotResultClassifier.ErrorFor(result, requireApplicationConsistent: false));
    }

    [Fact]
    public void WithoutTheGroupTheLogIsTheFallback()
    {
        var result = Build(Record("Success", 0), group: null);

        Assert.Equal(Consistency.Application, result.ConsistencyValue);
        Assert.Equal("Log", result.ConsistencySource);
    }

    [Fact]
    public void ANonZeroExitCodeIsExplainedFromTheTable()
    {
        var result = Build(Record("Failed", 13, "[level=\"error\"][message=\"no role\"]\n", "ExitCodeNonzero"), group: null);

        var expected = ExitCodeTable.Explain(13);
        Assert.False(result.Succeeded);
        Assert.Equal(13, result.ExitCode);
        Assert.Equal(expected.Meaning, result.ExitCodeMeaning);
        var error = SnapshotResultClassifier.ErrorFor(result, false)!;
        Assert.Equal(expected.ErrorId, error.ErrorId);
        Assert.Equal(expected.Kind, error.Kind);
        Assert.Equal(expected.RecommendedAction, error.RecommendedAction);
    }

    [Fact]
    public void ACloudAssistantTimeoutHasNoExitCodeAndItsOwnError()
    {
        var result = Build(Record("Timeout", -1, "", "ExecutionTimeout"), group: null);

        Assert.Null(result.ExitCode);
        var error = SnapshotResultClassifier.ErrorFor(result, false)!;
        Assert.Equal(WorkflowErrorIds.CloudAssistantFailed, error.ErrorId);
        Assert.Equal(ErrorKind.OperationTimeout, error.Kind);
    }

    [Fact]
    public void ExitZeroWithoutAGroupIdIsReportedNotCalledSuccess()
    {
        var result = Build(Record("Success", 0, "[level=\"info\"][message=\"done\"]\n"), group: null);

        Assert.False(result.Succeeded);
        Assert.Equal(WorkflowErrorIds.SnapshotGroupMissing, SnapshotResultClassifier.ErrorFor(result, false)!.ErrorId);
    }
}
