using System.Diagnostics;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;
using AppSnapshot.Tests.Fakes;

namespace AppSnapshot.Tests.Workflow.SnapshotRuns;

/// <summary>A run fed instance by instance, as New-AppConsistentSnapshotGroup feeds it from the pipeline.</summary>
public class SnapshotRunTests
{
    private readonly FakeSnapshotCloud _cloud = new();
    private readonly ManualClock _clock = new();
    private readonly PendingInvocationRegistry _registry = new();
    private readonly RecordingSink _sink = new();

    private SnapshotRun Begin(Action<SnapshotRunRequest>? configure = null)
    {
        var request = new SnapshotRunRequest { Name = "nightly" };
        configure?.Invoke(request);
        return new SnapshotRunOperation(_cloud.Clients, new WorkflowSettings { Clock = _clock, PendingInvocations = _registry }).Begin(request, _sink, CancellationToken.None);
    }

    /// <summary>An instance as Get-EcsInstance writes it, detail included.</summary>
    private EcsInstance AsRead(string id, string status = "Running", bool? cloudAssistant = true, string? role = "AppSnapshotRoleName")
    {
        _cloud.Add(id, status: status);
        return new EcsInstance
        {
            InstanceId = id, RegionId = "cn-hangzhou", Status = status, OSType = "Linux", PlatformValue = Platform.Linux,
            RamRoleName = role, CloudAssistantRunning = cloudAssistant,
        };
    }

    private string[] ReadCalls() => _cloud.Ecs.Calls.Select(c => c.Action)
        .Where(a => a is "DescribeInstances" or "DescribeInstanceRamRole" or "DescribeCloudAssistantStatus").ToArray();

    [Fact]
    public async Task InstancesAsGetEcsInstanceReadThemAreNotReadAgain()
    {
        var run = Begin();
        foreach (var i in Enumerable.Range(1, 150)) run.Add(AsRead("i-" + i));

        await run.CompleteAsync();

        Assert.Empty(ReadCalls());
        Assert.Equal(2, _cloud.Ecs.CallsTo("RunCommand").Count);
        Assert.Equal(150, _sink.ObjectsOf<AppSnapshotResult>().Select(r => r.InstanceId).Distinct().Count());
        Assert.Empty(_sink.Errors);
    }

    [Fact]
    public async Task AFullBatchStartsWhileTheInputIsStillComing()
    {
        var run = Begin();
        foreach (var i in Enumerable.Range(1, 100)) run.Add(AsRead("i-" + i));

        // Not completed: the hundredth instance alone starts the call.
        var waited = Stopwatch.StartNew();
        while (_cloud.Ecs.CallsTo("RunCommand").Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(10);
        Assert.Single(_cloud.Ecs.CallsTo("RunCommand"));
        Assert.Equal(100, _cloud.Ecs.CallsTo("RunCommand")[0].GetList("InstanceId").Count);

        run.Add(AsRead("i-101"));
        await run.CompleteAsync();
        Assert.Equal(new[] { 100, 1 }, _cloud.Ecs.CallsTo("RunCommand").Select(c => c.GetList("InstanceId").Count));
    }

    [Fact]
    public async Task AnObjectWithoutTheDetailIsReadAgainByItsId()
    {
        var run = Begin();
        run.Add(AsRead("i-1", cloudAssistant: null, role: null));

        await run.CompleteAsync();

        Assert.Contains("DescribeInstances", ReadCalls());
        Assert.Contains("DescribeCloudAssistantStatus", ReadCalls());
        Assert.Equal("i-1", Assert.Single(_sink.ObjectsOf<AppSnapshotResult>()).InstanceId);
    }

    [Theory]
    [InlineData("Stopped", true, "AppSnapshotRoleName", "InstanceNotRunning")]
    [InlineData("Running", false, "AppSnapshotRoleName", "CloudAssistantNotRunning")]
    [InlineData("Running", true, null, "RamRoleNotAttached")]
    public async Task AnInstanceAsReadThatCannotRunIsAnErrorAndStartsNothing(string status, bool cloudAssistant, string? role, string errorId)
    {
        var run = Begin();
        run.Add(AsRead("i-1", status, cloudAssistant, role));

        await run.CompleteAsync();

        Assert.Equal(errorId, Assert.Single(_sink.Errors).ErrorId);
        Assert.Empty(_cloud.Ecs.CallsTo("RunCommand"));
        Assert.Empty(ReadCalls());
    }

    [Fact]
    public async Task TheSameInstanceTwiceIsAskedAboutAndStartedOnce()
    {
        var asked = 0;
        _sink.Answer = (_, _) => { asked++; return true; };
        var run = Begin();
        var instance = AsRead("i-1");
        run.Add(instance);
        run.Add(instance);
        run.Add(new InstanceTarget("i-1", "cn-hangzhou"));

        await run.CompleteAsync();

        Assert.Equal(1, asked);
        Assert.Equal(new[] { "i-1" }, Assert.Single(_cloud.Ecs.CallsTo("RunCommand")).GetList("InstanceId"));
    }

    [Fact]
    public async Task WhatIfStartsNothingAndWritesNothing()
    {
        _sink.Answer = (_, _) => false;
        var run = Begin();
        foreach (var i in Enumerable.Range(1, 120)) run.Add(AsRead("i-" + i));

        await run.CompleteAsync();

        Assert.Empty(_cloud.Ecs.CallsTo("RunCommand"));
        Assert.Empty(_sink.ObjectsOf<AppSnapshotResult>());
        Assert.Empty(_sink.Errors);
    }

    [Fact]
    public void BadValuesAreRefusedWhenTheRunOpensBeforeAnyCall()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => Begin(r => r.Name = "bad\u0001name"));

        Assert.Contains("Name", ex.ParamName);
        Assert.Empty(_cloud.Ecs.Calls);
    }
}
