using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>Seeds 000/001: which consistency each platform reaches, read back from the snapshot tags.</summary>
public class ConsistencyScenarioTests : EmulatorScenario
{
    [Fact]
    public async Task LinuxWithoutScriptsFallsBackToFileSystemConsistent()
    {
        var sink = new RecordingSink();

        await new SnapshotRunOperation(Session, Settings).RunAsync(RunRequest("i-ubuntu2204"), sink, CancellationToken.None);

        var result = Assert.Single(sink.ObjectsOf<AppSnapshotResult>());
        Assert.Empty(sink.Errors);
        Assert.True(result.Succeeded);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Consistency.FileSystem, result.ConsistencyValue);
        Assert.Equal("Tags", result.ConsistencySource);
        Assert.StartsWith("ssg-", result.SnapshotGroupId);
        Assert.NotEmpty(result.Snapshots);
        Assert.All(result.Snapshots, s => Assert.Equal(Consistency.FileSystem, s.ConsistencyValue));
        Assert.Equal(1, Host.Control.GetSnapshotGroupCount("i-ubuntu2204"));
    }

    [Fact]
    public async Task WindowsWithSqlServerWriterIsApplicationConsistent()
    {
        var sink = new RecordingSink();

        await new SnapshotRunOperation(Session, Settings).RunAsync(RunRequest("i-win2019-sql"), sink, CancellationToken.None);

        var result = Assert.Single(sink.ObjectsOf<AppSnapshotResult>());
        Assert.Empty(sink.Errors);
        Assert.Equal(Consistency.Application, result.ConsistencyValue);
        Assert.Contains(result.LogLines, l => l.Contains("SqlServerWriter"));
    }

    [Fact]
    public async Task WindowsWithWritersDisabledIsFileSystemConsistentAndFailsTheRequirement()
    {
        var sink = new RecordingSink();
        var request = RunRequest("i-win2019-sql");
        request.EnableWriters = false;
        request.RequireApplicationConsistent = true;

        await new SnapshotRunOperation(Session, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Equal(Consistency.FileSystem, Assert.Single(sink.ObjectsOf<AppSnapshotResult>()).ConsistencyValue);
        Assert.Equal(WorkflowErrorIds.NotApplicationConsistent, Assert.Single(sink.Errors).ErrorId);
    }
}
