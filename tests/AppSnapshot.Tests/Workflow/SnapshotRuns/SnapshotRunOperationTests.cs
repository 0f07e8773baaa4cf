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

        // The operation has no retry loop of its own: a lost answer is looked up by the run's tag, never
        // sent again; retries live in RpcClient's RetryPolicy (RpcClientTests, LostAnswerTests).
        var runs = _cloud.Ecs.CallsTo("RunCommand");
        Assert.Equal(2, runs.Count);
        Assert.Equal(2, runs.Select(r => r.Get("ClientToken")).Distinct().Count());
        Assert.All(runs, r => Assert.Equal(("appsnapshot-run", r.Get("ClientToken")), (r.Get("Tag.1.Key"), r.Get("Tag.1.Value"))));
    }

    [Fact]
    public async Task ARunWhoseAnswerWasLostIsFoundByItsTagAndReportedOnce()
    {
        _cloud.Add("i-1");
        _cloud.DropRunCommandResponses = 1;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1" }), _sink, CancellationToken.None);

        Assert.Empty(_sink.Errors);
        Assert.True(Assert.Single(_sink.ObjectsOf<AppSnapshotResult>()).Succeeded);
        Assert.Equal(1, _cloud.RunsStarted);
        Assert.Single(_cloud.Ecs.CallsTo("RunCommand"));
        Assert.Contains(_sink.Verbose, v => v.Contains("answer was lost") && v.Contains("looking for the run by its tag"));
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task ARunWhoseAnswerWasLostBeforeItStartedIsReportedAsNotStarted()
    {
        _cloud.Add("i-1");
        _cloud.LoseRunCommandBeforeCommit = 1;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1" }), _sink, CancellationToken.None);

        var error = Assert.Single(_sink.Errors);
        Assert.Equal(WorkflowErrorIds.RunCommandFailed, error.ErrorId);
        Assert.Contains("was not started", error.Message);
        Assert.Equal("Nothing was started on this instance; run the command again.", error.RecommendedAction);
        Assert.Equal(0, _cloud.RunsStarted);
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task ARunThatCannotBeLookedUpAfterALostAnswerIsRegisteredByItsTagAndFoundLater()
    {
        _cloud.Add("i-1");
        _cloud.DropRunCommandResponses = 1;
        _cloud.FailTagLookups = 1;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1" }), _sink, CancellationToken.None);

        var error = Assert.Single(_sink.Errors);
        Assert.Equal(WorkflowErrorIds.RunOutcomeUnknown, error.ErrorId);
        Assert.Contains("Do not start it again", error.RecommendedAction);
        var lost = Assert.Single(_registry.Snapshot());
        Assert.False(lost.IsResolved);

        var later = new RecordingSink();
        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(new ResultLookupRequest { Wait = true }, later, CancellationToken.None);

        Assert.Empty(later.Errors);
        Assert.Equal("i-1", Assert.Single(later.ObjectsOf<AppSnapshotResult>()).InstanceId);
        Assert.Equal(1, _cloud.RunsStarted);
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task EveryStartedRunIsRegisteredUntilItsResultIsWritten()
    {
        _cloud.Add("i-1").FinishAfterPolls = 2;
        var registeredBeforeTheFirstPoll = -1;
        _clock.OnDelay = _ => { if (registeredBeforeTheFirstPoll < 0) registeredBeforeTheFirstPoll = _registry.Count; };

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1" }), _sink, CancellationToken.None);

        Assert.Equal(1, registeredBeforeTheFirstPoll);
        Assert.Single(_sink.ObjectsOf<AppSnapshotResult>());
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task CancellingBetweenBatchesNamesTheRunsAlreadyStarted()
    {
        var ids = Enumerable.Range(1, 150).Select(i => "i-" + i).ToList();
        foreach (var id in ids) _cloud.Add(id);
        using var cts = new CancellationTokenSource();
        var runs = 0;
        IReadOnlyList<string> started = Array.Empty<string>();
        _cloud.Ecs.OnAsync("RunCommand", async (r, ct) =>
        {
            // The two batches (100 and 50 instances) start at the same time: either may be the one that gets through.
            if (Interlocked.Increment(ref runs) == 2)
            {
                cts.Cancel();
                ct.ThrowIfCancellationRequested();
            }
            started = r.GetList("InstanceId");
            await Task.Yield();
            return "{\"InvokeId\":\"t-first\",\"CommandId\":\"c-1\"}";
        });

        var stopped = await Assert.ThrowsAsync<AppSnapshot.Output.CancelledWithNoticeException>(() =>
            new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(ids), _sink, cts.Token));

        Assert.Contains(started.Count, new[] { 100, 50 });
        Assert.Equal(started.Order(), _registry.Snapshot().Where(p => p.InvokeId == "t-first").Select(p => p.InstanceId).Order());
        Assert.Equal(started.Count, _registry.Count);
        Assert.Contains("t-first/i-", stopped.Notice);
        Assert.Contains(CmdletNames.GetResult, stopped.Notice);
        Assert.Contains(_sink.Warnings, w => w == stopped.Notice);
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
    public async Task ATimeoutIsAnErrorPerUnfinishedInstanceAndTheLookupPicksItUp()
    {
        _cloud.Add("i-done").FinishAfterPolls = 1;
        _cloud.Add("i-late").FinishAfterPolls = 1000;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-done", "i-late" }, r => r.TimeoutSeconds = 30), _sink, CancellationToken.None);

        Assert.Equal("i-done", Assert.Single(_sink.ObjectsOf<AppSnapshotResult>()).InstanceId);
        var error = Assert.Single(_sink.Errors);
        Assert.Equal(WorkflowErrorIds.WaitTimedOut, error.ErrorId);
        Assert.Equal(AppSnapshot.Output.ErrorKind.OperationTimeout, error.Kind);
        var run = Assert.IsType<SnapshotInvocation>(error.Target);
        Assert.Equal(("i-late", "cn-hangzhou", "nightly"), (run.InstanceId, run.RegionId, run.GroupName));
        Assert.StartsWith("t-", run.InvokeId);
        Assert.Contains("was Running", error.Message);
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
    public async Task PollingThatFailsThroughoutIsAnErrorPerInstanceNotStillRunning()
    {
        _cloud.Add("i-1");
        _cloud.FailPolls = int.MaxValue;

        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(Request(new[] { "i-1" }, r => r.TimeoutSeconds = 20), _sink, CancellationToken.None);

        var error = Assert.Single(_sink.Errors);
        Assert.Equal(WorkflowErrorIds.InvocationStatusUnknown, error.ErrorId);
        Assert.Equal(AppSnapshot.Output.ErrorKind.ConnectionError, error.Kind);
        Assert.Contains("could not be read during the whole wait", error.Message);
        Assert.Contains("connection reset", error.Message);
        Assert.Equal("i-1", Assert.IsType<SnapshotInvocation>(error.Target).InstanceId);
        Assert.Equal("i-1", Assert.Single(_registry.Snapshot()).InstanceId);
    }

    [Fact]
    public async Task TheDeadlineHoldsWhenAPollHangs()
    {
        _cloud.Add("i-1");
        var clock = AppSnapshot.Common.SystemClock.Instance;
        _cloud.Ecs.OnAsync("DescribeInvocations", async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return "{}";
        });
        var settings = new WorkflowSettings { Clock = clock, PendingInvocations = _registry, Polling = new PollingSettings { InitialInterval = TimeSpan.FromMilliseconds(10) } };
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await new SnapshotRunOperation(_cloud.Clients, settings).RunAsync(Request(new[] { "i-1" }, r => r.TimeoutSeconds = 1), _sink, CancellationToken.None);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), "took " + watch.Elapsed);
        Assert.Equal(WorkflowErrorIds.InvocationStatusUnknown, Assert.Single(_sink.Errors).ErrorId);
        Assert.Single(_registry.Snapshot());
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
