using AppSnapshot.Client;
using AppSnapshot.Common;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;
using AppSnapshot.Tests.Support;
using EcsEmulator;

namespace AppSnapshot.Tests.EndToEnd;

/// <summary>
/// The service goes away in the middle of a wait and comes back with what it had committed (the emulator is killed
/// and started again on the same port with the same --state file): the wait rides out the outage and reports every
/// result, each instance with exactly one group.
/// </summary>
public sealed class EmulatorRestartTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("appsnap-restart-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (AcsSession Session, WorkflowSettings Workflow, PendingInvocationRegistry Pending) Connect(EmulatorProcess emulator)
    {
        var settings = new ClientSettings { BaseBackoff = TimeSpan.FromMilliseconds(5), MaxBackoff = TimeSpan.FromMilliseconds(50), ReadTimeout = TimeSpan.FromSeconds(5) };
        var session = new ClientFactory(new ClientEnvironment(_ => null, _dir), settings).Connect(new ConnectionOptions
        {
            AccessKeyId = EmulatorHost.AccessKeyId, AccessKeySecret = EmulatorHost.AccessKeySecret, RegionId = "cn-hangzhou", Endpoint = emulator.BaseUri.ToString(),
        });
        var pending = new PendingInvocationRegistry();
        var workflow = new WorkflowSettings
        {
            PendingInvocations = pending,
            Polling = new PollingSettings { InitialInterval = TimeSpan.FromMilliseconds(100), MinInterval = TimeSpan.FromMilliseconds(50), MaxInterval = TimeSpan.FromMilliseconds(300) },
        };
        return (session, workflow, pending);
    }

    private static readonly string[] Ids = { "i-bench-linux-0001", "i-bench-linux-0002", "i-bench-linux-0003" };

    private static SnapshotRunRequest Request(int timeoutSeconds)
    {
        var request = new SnapshotRunRequest { Name = "restart", TimeoutSeconds = timeoutSeconds };
        foreach (var id in Ids) request.Instances.Add(new InstanceTarget(id));
        return request;
    }

    private static async Task AssertOneGroupEachAndOneRunAsync(EmulatorProcess emulator)
    {
        foreach (var id in Ids) Assert.Equal(1, (await emulator.ControlAsync("instances/" + id + "/snapshot-groups/count")).GetProperty("Count").GetInt32());
        Assert.Equal(1, (await emulator.ControlAsync("created")).GetProperty("Invocation").GetInt32());
    }

    [Fact]
    public async Task KillingTheServiceDuringAWaitAndStartingItAgainLosesNoResult()
    {
        using var emulator = new EmulatorProcess(Path.Combine(_dir, "state.json"), speed: 0.5, seed: 7);
        await emulator.StartAsync(TimeSpan.FromSeconds(60));
        var (session, workflow, pending) = Connect(emulator);
        var sink = new RecordingSink();

        var run = new SnapshotRunOperation(session, workflow).RunAsync(Request(120), sink, CancellationToken.None);
        await WaitForAsync(() => pending.Count == Ids.Length || run.IsCompleted, TimeSpan.FromSeconds(60));
        Assert.False(run.IsCompleted, "the runs finished before the service could be killed");
        emulator.Kill();
        await emulator.StartAsync(TimeSpan.FromSeconds(60));
        await run;

        Assert.Empty(sink.Errors.Select(e => e.ErrorId + ": " + e.Message));
        var results = sink.ObjectsOf<AppSnapshotResult>();
        Assert.Equal(Ids, results.Select(r => r.InstanceId).OrderBy(x => x));
        Assert.All(results, r => Assert.True(r.Succeeded, r.InstanceId + " " + r.Status));
        await AssertOneGroupEachAndOneRunAsync(emulator);
        Assert.Equal(2, emulator.Starts);
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public async Task AnOutageThatOutlastsTheWaitIsAnErrorPerInstanceAndEveryRunIsCollectedAfterwards()
    {
        using var emulator = new EmulatorProcess(Path.Combine(_dir, "state.json"), speed: 0.5, seed: 7);
        await emulator.StartAsync(TimeSpan.FromSeconds(60));
        var (session, workflow, pending) = Connect(emulator);
        var sink = new RecordingSink();

        var run = new SnapshotRunOperation(session, workflow).RunAsync(Request(3), sink, CancellationToken.None);
        await WaitForAsync(() => pending.Count == Ids.Length || run.IsCompleted, TimeSpan.FromSeconds(60));
        emulator.Kill();
        await run;

        Assert.Equal(Ids, sink.Errors.Select(e => ((SnapshotInvocation)e.Target!).InstanceId).OrderBy(x => x));
        Assert.All(sink.Errors, e => Assert.Contains(e.ErrorId, new[] { WorkflowErrorIds.InvocationStatusUnknown, WorkflowErrorIds.WaitTimedOut }));
        Assert.Equal(Ids, pending.Snapshot().Select(p => p.InstanceId).OrderBy(x => x));

        await emulator.StartAsync(TimeSpan.FromSeconds(60));
        var later = new RecordingSink();
        await new ResultLookupOperation(session, workflow).RunAsync(new ResultLookupRequest { Wait = true, TimeoutSeconds = 60 }, later, CancellationToken.None);

        Assert.Empty(later.Errors.Select(e => e.ErrorId + ": " + e.Message));
        Assert.Equal(Ids, later.ObjectsOf<AppSnapshotResult>().Select(r => r.InstanceId).OrderBy(x => x));
        await AssertOneGroupEachAndOneRunAsync(emulator);
        Assert.Equal(0, pending.Count);
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met within " + timeout);
            await Task.Delay(10);
        }
    }
}
