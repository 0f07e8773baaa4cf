using AppSnapshot.Models;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Workflow.SnapshotRuns;

public class SnapshotRunOperationTests
{
    private readonly FakeSnapshotCloud _cloud = new();
    private readonly ManualClock _clock = new();
    private readonly PendingInvocationRegistry _registry = new();
    private readonly RecordingSink _sink = new();

    private WorkflowSettings Settings => new() { Clock = _clock, PendingInvocations = _registry };

    private static SnapshotRunRequest Request(IEnumerable<string> ids, Action<SnapshotRunRequest>? configure = null)
    {
        var request = new SnapshotRunRequest { Name = "nightly" };
        foreach (var id in ids) request.Instances.Add(new InstanceTarget(id));
        configure?.Invoke(request);
        return request;
    }

    [Fact]
    public async Task AFleetOf250TakesThreeRunCommandCallsAndReportsEveryInstanceOnce()
    {
        var ids = Enumerable.Range(1, 250).Select(i => "i-" + i).ToList();
        foreach (var id in ids) _cloud.Add(id).FinishAfterPolls = 1 + id.Length % 3;
        var operation = new SnapshotRunOperation(_cloud.Clients, Settings);

        await operation.RunAsync(Request(ids), _sink, CancellationToken.None);

        var runs = _cloud.Ecs.CallsTo("RunCommand");
        Assert.Equal(3, runs.Count);
        Assert.All(runs, r => Assert.InRange(r.GetList("InstanceId").Count, 1, 100));
        Assert.Equal(3, runs.Select(r => r.Get("ClientToken")).Distinct().Count());
        var results = _sink.ObjectsOf<AppSnapshotResult>();
        Assert.Equal(ids.OrderBy(x => x), results.Select(r => r.InstanceId).OrderBy(x => x));
        Assert.All(results, r => Assert.Equal(Consistency.Application, r.ConsistencyValue));
        Assert.Empty(_sink.Errors);
        // Polling is per invocation: at most one call per invocation per round, three rounds.
        Assert.InRange(_cloud.Ecs.CallsTo("DescribeInvocations").Count, 3, 9);
        // Snapshot groups: by the run's Name (no ids), or by at most ten ids.
        Assert.All(_cloud.Ecs.CallsTo("DescribeSnapshotGroups"), c =>
        {
            if (c.Get("Name") != null) Assert.Equal(("nightly", 0), (c.Get("Name"), c.GetList("SnapshotGroupId").Count));
            else Assert.InRange(c.GetList("SnapshotGroupId").Count, 1, 10);
        });
    }

    [Fact]
    public async Task EachResultIsWrittenAsSoonAsItsInstanceFinishes()
    {
        _cloud.Add("i-fast").FinishAfterPolls = 1;
        _cloud.Add("i-slow").FinishAfterPolls = 4;
        var pollsWhenWritten = new Dictionary<string, int>();
        var sink = new RecordingSink();
        sink.OnWrite = kind =>
        {
            if (kind == "object" && sink.Objects[^1] is AppSnapshotResult r) pollsWhenWritten[r.InstanceId] = _cloud.Ecs.CallsTo("DescribeInvocations").Count;
        };

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-fast", "i-slow" }), sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        Assert.Equal(1, pollsWhenWritten["i-fast"]);
        Assert.Equal(4, pollsWhenWritten["i-slow"]);
    }

    [Fact]
    public async Task ProgressEstimatesTheTimeLeftAndNamesTheInstancesStillRunning()
    {
        _cloud.Add("i-fast").FinishAfterPolls = 1;
        _cloud.Add("i-slow").FinishAfterPolls = 3;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-fast", "i-slow" }), _sink, CancellationToken.None);

        var waiting = _sink.Progress.Where(p => !p.Completed).ToList();
        var afterFirst = waiting.First(p => p.StatusDescription.StartsWith("1 of 2", StringComparison.Ordinal));
        Assert.Equal("Still running: i-slow", afterFirst.CurrentOperation);
        Assert.InRange(afterFirst.SecondsRemaining, 1, 60);
        Assert.Null(waiting.Last().CurrentOperation);
        Assert.Equal(0, waiting.Last().SecondsRemaining);
        Assert.Equal(100, waiting.Last().PercentComplete);
    }

    [Fact]
    public async Task EachInstanceIsNamedOnTheVerboseStreamAsItFinishes()
    {
        _cloud.Add("i-fast").FinishAfterPolls = 1;
        _cloud.Add("i-slow").FinishAfterPolls = 2;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-fast", "i-slow" }), _sink, CancellationToken.None);

        var finished = _sink.Verbose.Where(v => v.Contains(" finished: ")).ToList();
        Assert.Equal(2, finished.Count);
        Assert.StartsWith("i-fast finished: Application-consistent group ssg-", finished[0]);
        Assert.StartsWith("i-slow finished: ", finished[1]);
    }

    [Fact]
    public void AFailedInstanceIsNamedWithItsExitCodeOrCloudAssistantStatus()
    {
        var failed = new AppSnapshotResult { InstanceId = "i-1", ExitCode = 13, ExitCodeMeaning = "No RAM role is attached to the instance." };
        var timedOut = new AppSnapshotResult { InstanceId = "i-2", Status = "Timeout", ErrorCode = "ExecutionTimeout" };

        Assert.Equal("i-1 finished: exit code 13 (No RAM role is attached to the instance).", InvocationWatcher.Finished(failed));
        Assert.Equal("i-2 finished: Cloud Assistant reported Timeout (ExecutionTimeout).", InvocationWatcher.Finished(timedOut));
    }

    [Fact]
    public async Task MixedPlatformsTakeOneCallPerPlatform()
    {
        _cloud.Add("i-linux");
        _cloud.Add("i-win", osType: "windows");

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-linux", "i-win" }, r => r.EnableWriters = false), _sink, CancellationToken.None);

        var runs = _cloud.Ecs.CallsTo("RunCommand");
        Assert.Equal(new[] { "RunBatScript", "RunShellScript" }, runs.Select(r => r.Get("Type")).OrderBy(t => t));
        Assert.Contains("-EnableWriters=false", runs.Single(r => r.Get("Type") == "RunBatScript").Get("CommandContent"));
        Assert.DoesNotContain("EnableWriters", runs.Single(r => r.Get("Type") == "RunShellScript").Get("CommandContent"));
    }

    [Fact]
    public async Task ABadNameIsRefusedBeforeAnyCall()
    {
        _cloud.Add("i-1");

        var ex = await Assert.ThrowsAsync<PluginArgumentException>(() =>
            new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1" }, r => r.Name = "bad\";reboot"), _sink, CancellationToken.None));

        Assert.Equal("Name", ex.ParamName);
        Assert.Empty(_cloud.Ecs.Calls);
    }

    [Fact]
    public async Task AnInstanceWithoutARoleFailsAloneWithARemedy()
    {
        _cloud.Add("i-norole", role: null);
        _cloud.Add("i-ok");
        _cloud.Add("i-stopped", status: "Stopped");
        _cloud.Add("i-noagent").AgentRunning = false;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-norole", "i-ok", "i-stopped", "i-missing", "i-noagent" }), _sink, CancellationToken.None);

        Assert.Equal("i-ok", Assert.Single(_sink.ObjectsOf<AppSnapshotResult>()).InstanceId);
        var errors = _sink.Errors.ToDictionary(e => e.ErrorId);
        Assert.Contains(CmdletNames.AttachInstanceRole, errors[WorkflowErrorIds.RamRoleNotAttached].RecommendedAction);
        Assert.Equal("i-stopped", ((EcsInstance)errors[WorkflowErrorIds.InstanceNotRunning].Target!).InstanceId);
        Assert.Equal("i-missing", errors[WorkflowErrorIds.InstanceNotFound].Target);
        Assert.Equal("i-noagent", ((EcsInstance)errors[WorkflowErrorIds.CloudAssistantNotRunning].Target!).InstanceId);
        Assert.Equal(4, errors.Count);
        Assert.Equal(new[] { "i-ok" }, _cloud.Ecs.CallsTo("RunCommand").Single().GetList("InstanceId"));
    }

    [Fact]
    public async Task TheDefaultRoleIsTheOneAttachedToTheInstance()
    {
        _cloud.Add("i-1", role: "CustomRole");

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1" }), _sink, CancellationToken.None);

        Assert.Contains("-RamRoleName=\"CustomRole\"", _cloud.Ecs.CallsTo("RunCommand").Single().Get("CommandContent"));
    }

    [Fact]
    public async Task WhatIfDeclinedInstancesAreNotRun()
    {
        _cloud.Add("i-1");
        _cloud.Add("i-2");
        _sink.Answer = (target, _) => target == "i-2";

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1", "i-2" }), _sink, CancellationToken.None);

        Assert.Equal(new[] { "i-2" }, _cloud.Ecs.CallsTo("RunCommand").Single().GetList("InstanceId"));
        Assert.Equal(2, _sink.ShouldProcessCalls.Count);
    }

    [Fact]
    public async Task NoWaitReturnsInvocationsWithoutPolling()
    {
        _cloud.Add("i-1");

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1" }, r => r.NoWait = true), _sink, CancellationToken.None);

        var invocation = Assert.Single(_sink.ObjectsOf<SnapshotInvocation>());
        Assert.Equal(("i-1", "cn-hangzhou", "nightly", Platform.Linux), (invocation.InstanceId, invocation.RegionId, invocation.GroupName, invocation.PlatformValue));
        Assert.StartsWith("t-", invocation.InvokeId);
        Assert.Empty(_cloud.Ecs.CallsTo("DescribeInvocations"));
        Assert.Equal(invocation.InvokeId, Assert.Single(_registry.Snapshot()).InvokeId);
    }

    [Fact]
    public async Task EachBatchIsSubmittedOnceWithItsOwnClientTokenAndTheClientAloneRetries()
    {
        _cloud.Add("i-1");
        _cloud.Add("i-win", osType: "windows");
        _cloud.DropRunCommandResponses = 1;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1", "i-win" }), _sink, CancellationToken.None);

        // The operation has no retry loop of its own: a lost answer surfaces from the (fake, non-retrying)
        // client as a failure of that batch; retries live in RpcClient's RetryPolicy (RpcClientTests).
        var runs = _cloud.Ecs.CallsTo("RunCommand");
        Assert.Equal(2, runs.Count);
        Assert.Equal(2, runs.Select(r => r.Get("ClientToken")).Distinct().Count());
    }

    [Fact]
    public async Task ANonZeroExitWritesTheResultAndAnError()
    {
        _cloud.Add("i-bad").ExitCode = 3;
        _cloud.Add("i-good");

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-bad", "i-good" }), _sink, CancellationToken.None);

        Assert.Equal(2, _sink.ObjectsOf<AppSnapshotResult>().Count);
        var error = Assert.Single(_sink.Errors);
        Assert.Equal(ExitCodeTable.Explain(3).ErrorId, error.ErrorId);
        Assert.Equal("i-bad", ((AppSnapshotResult)error.Target!).InstanceId);
    }

    [Fact]
    public async Task RequireApplicationConsistentTurnsAFileSystemResultIntoAnError()
    {
        _cloud.Add("i-fs").TagKey = "FsConsistent";

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-fs" }, r => r.RequireApplicationConsistent = true), _sink, CancellationToken.None);

        Assert.Equal(Consistency.FileSystem, Assert.Single(_sink.ObjectsOf<AppSnapshotResult>()).ConsistencyValue);
        Assert.Equal(WorkflowErrorIds.NotApplicationConsistent, Assert.Single(_sink.Errors).ErrorId);
    }

    [Fact]
    public async Task ATimeoutRegistersWhatIsStillRunningAndTheLookupPicksItUp()
    {
        _cloud.Add("i-done").FinishAfterPolls = 1;
        _cloud.Add("i-late").FinishAfterPolls = 1000;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-done", "i-late" }, r => r.TimeoutSeconds = 30), _sink, CancellationToken.None);

        Assert.Equal("i-done", Assert.Single(_sink.ObjectsOf<AppSnapshotResult>()).InstanceId);
        var pending = Assert.Single(_registry.Snapshot());
        Assert.Equal("i-late", pending.InstanceId);
        Assert.Contains(_sink.Warnings, w => w.Contains("i-late") && w.Contains(CmdletNames.GetResult));
        Assert.True(_clock.UtcNow - new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero) <= TimeSpan.FromSeconds(30));

        _cloud.Add("i-late").FinishAfterPolls = 0;
        var lookupSink = new RecordingSink();
        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(new ResultLookupRequest(), lookupSink, CancellationToken.None);

        Assert.Equal("i-late", Assert.Single(lookupSink.ObjectsOf<AppSnapshotResult>()).InstanceId);
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task CancellationRegistersPendingRunsAndStopsAtOnce()
    {
        _cloud.Add("i-done").FinishAfterPolls = 1;
        _cloud.Add("i-late").FinishAfterPolls = 1000;
        using var cts = new CancellationTokenSource();
        _clock.OnDelay = _ => { if (_cloud.Ecs.CallsTo("DescribeInvocations").Count >= 2) cts.Cancel(); };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-done", "i-late" }), _sink, cts.Token));

        Assert.Equal("i-done", Assert.Single(_sink.ObjectsOf<AppSnapshotResult>()).InstanceId);
        Assert.Equal("i-late", Assert.Single(_registry.Snapshot()).InstanceId);
        Assert.Contains(_sink.Warnings, w => w.Contains("cancelled") && w.Contains("i-late"));
    }
}
