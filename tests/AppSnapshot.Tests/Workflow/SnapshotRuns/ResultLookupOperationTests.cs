using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Workflow.SnapshotRuns;

public class ResultLookupOperationTests
{
    private readonly FakeSnapshotCloud _cloud = new();
    private readonly ManualClock _clock = new();
    private readonly PendingInvocationRegistry _registry = new();

    private WorkflowSettings Settings => new() { Clock = _clock, PendingInvocations = _registry };

    private async Task<string> StartAsync(params string[] ids)
    {
        var request = new SnapshotRunRequest { Name = "lookup-test", NoWait = true };
        foreach (var id in ids) request.Instances.Add(new InstanceTarget(id));
        var sink = new RecordingSink();
        await new SnapshotRunOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);
        return sink.ObjectsOf<SnapshotInvocation>().First().InvokeId;
    }

    [Fact]
    public async Task WithoutWaitOneLookReportsTheFinishedAndKeepsTheRestPending()
    {
        _cloud.Add("i-done").FinishAfterPolls = 1;
        _cloud.Add("i-busy").FinishAfterPolls = 50;
        var invokeId = await StartAsync("i-done", "i-busy");
        var request = new ResultLookupRequest();
        request.Invocations.Add(new InvocationTarget(invokeId));
        var sink = new RecordingSink();

        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Equal("i-done", Assert.Single(sink.ObjectsOf<AppSnapshotResult>()).InstanceId);
        Assert.Equal(1, _cloud.PollsOf(invokeId));
        Assert.Equal("i-busy", Assert.Single(_registry.Snapshot()).InstanceId);
        Assert.Contains(sink.Warnings, w => w.Contains("i-busy"));
        Assert.Empty(_clock.Delays);
    }

    [Fact]
    public async Task AnInstanceFilterNarrowsTheInvocation()
    {
        _cloud.Add("i-1");
        _cloud.Add("i-2");
        var invokeId = await StartAsync("i-1", "i-2");
        var request = new ResultLookupRequest();
        request.Invocations.Add(new InvocationTarget(invokeId, "i-2"));
        var sink = new RecordingSink();

        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Equal("i-2", Assert.Single(sink.ObjectsOf<AppSnapshotResult>()).InstanceId);
    }

    [Theory]
    [InlineData("i-1", "t-unknown/i-1")]
    [InlineData(null, "t-unknown")]
    public async Task AnUnknownInvocationIsAnErrorNotAHang(string? instanceId, string expectedTarget)
    {
        var request = new ResultLookupRequest { Wait = true };
        request.Invocations.Add(new InvocationTarget("t-unknown", instanceId));
        var sink = new RecordingSink();

        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.InvocationNotFound, error.ErrorId);
        Assert.Equal(expectedTarget, error.Target?.ToString());
        Assert.Empty(sink.ObjectsOf<AppSnapshotResult>());
    }

    [Fact]
    public async Task ATransientPollingFailureIsRetriedOnTheNextRound()
    {
        _cloud.Add("i-1").FinishAfterPolls = 1;
        var invokeId = await StartAsync("i-1");
        _cloud.FailPolls = 2;
        var request = new ResultLookupRequest { Wait = true, TimeoutSeconds = 60 };
        request.Invocations.Add(new InvocationTarget(invokeId, "i-1"));
        var sink = new RecordingSink();

        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        Assert.Equal("i-1", Assert.Single(sink.ObjectsOf<AppSnapshotResult>()).InstanceId);
        Assert.Equal(3, _cloud.Ecs.CallsTo("DescribeInvocations").Count);
    }

    [Fact]
    public async Task AnUnknownInvocationWithoutAnInstanceIsOneErrorAboutTheInvocation()
    {
        var request = new ResultLookupRequest { Wait = true };
        request.Invocations.Add(new InvocationTarget("t-unknown"));
        var sink = new RecordingSink();

        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal((WorkflowErrorIds.InvocationNotFound, (object)"t-unknown"), (error.ErrorId, error.Target!));
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task AWrongInstanceOfARealInvocationIsAnErrorNotAPhantomPendingRun()
    {
        _cloud.Add("i-1");
        var invokeId = await StartAsync("i-1");
        _registry.Remove(invokeId, "i-1");
        var request = new ResultLookupRequest { Wait = true, TimeoutSeconds = 60 };
        request.Invocations.Add(new InvocationTarget(invokeId, "i-typo"));
        var sink = new RecordingSink();

        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.InstanceNotInInvocation, error.ErrorId);
        Assert.Contains("did not run on i-typo; it ran on i-1", error.Message);
        Assert.Empty(sink.ObjectsOf<AppSnapshotResult>());
        Assert.Equal(0, _registry.Count);
        Assert.Empty(sink.Warnings);
        Assert.Single(_cloud.Ecs.CallsTo("DescribeInvocations"));
    }

    [Fact]
    public async Task WrongCredentialsAreAnErrorEvenWithoutAnInstance()
    {
        _cloud.PollErrorCode = "InvalidAccessKeyId.NotFound";
        var request = new ResultLookupRequest();
        request.Invocations.Add(new InvocationTarget("t-1"));
        var sink = new RecordingSink();

        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(AppSnapshot.Output.ErrorKind.AuthenticationError, error.Kind);
        Assert.Equal("t-1", error.Target);
    }

    [Fact]
    public async Task AnUnreachableEndpointIsAnErrorNotSilence()
    {
        _cloud.FailPolls = int.MaxValue;
        var request = new ResultLookupRequest();
        request.Invocations.Add(new InvocationTarget("t-1"));
        var sink = new RecordingSink();

        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(WorkflowErrorIds.InvocationStatusUnknown, error.ErrorId);
        Assert.Equal("t-1", Assert.IsType<SnapshotInvocation>(error.Target).InvokeId);
        Assert.Equal(0, _registry.Count);
    }

    [Fact]
    public async Task AWaitThatTimesOutIsAnErrorPerInstance()
    {
        _cloud.Add("i-1").FinishAfterPolls = 1000;
        var invokeId = await StartAsync("i-1");
        var request = new ResultLookupRequest { Wait = true, TimeoutSeconds = 10 };
        request.Invocations.Add(new InvocationTarget(invokeId, "i-1"));
        var sink = new RecordingSink();

        await new ResultLookupOperation(_cloud.Clients, Settings).RunAsync(request, sink, CancellationToken.None);

        Assert.Equal(WorkflowErrorIds.WaitTimedOut, Assert.Single(sink.Errors).ErrorId);
        Assert.Equal("i-1", Assert.Single(_registry.Snapshot()).InstanceId);
    }
}
