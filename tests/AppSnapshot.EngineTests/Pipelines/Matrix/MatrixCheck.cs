using System.Management.Automation;
using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>
/// One pair of the matrix: the producer's real objects about two instances in two regions are captured,
/// then piped into the consumer, which must act on exactly what they name (<see cref="PipeTarget"/>),
/// each in its own region, and write no error (except, for groups the producer deleted, that each is
/// not found, in its own region). Live pipelines of the same cmdlets are in WorkflowPipelineTests.
/// </summary>
public static class MatrixCheck
{
    public static void Run(EmulatorFixture emulator, string pairKey)
    {
        var pair = BindingPair.Parse(pairKey);
        var producer = ObjectProducers.ByType[pair.OutputType];
        var consumer = PipeConsumers.ByCmdlet[pair.Cmdlet];
        emulator.Reset();
        using var session = emulator.OpenSession(defaultRegion: false);
        var world = new MatrixWorld(emulator, session);

        if (producer.NeedsGroups || consumer.NeedsGroups) world.ArrangeGroups();
        if (producer.NeedsStoppedInstances) world.SetPipedStatus("Stopped");
        if (producer.StartsRuns) emulator.Control.FreezeClock();
        session.Run("$piped = @(" + producer.Script(world) + ")").AssertClean();
        var piped = ((object[])session.Runspace.SessionStateProxy.GetVariable("piped")).Cast<PSObject>().ToList();
        AssertRealObjectsOfBothRegions(pair.OutputType, piped);

        if (producer.NeedsStoppedInstances && !consumer.NeedsStoppedInstances) world.SetPipedStatus("Running");
        if (consumer.NeedsStoppedInstances) world.SetPipedStatus("Stopped");
        // New runs must not make groups while a consumer selects the groups of their instances.
        if (producer.StartsRuns && consumer.Target != PipeTarget.Groups) emulator.Control.ResumeClock();
        if (consumer.NeedsFinishedRuns) emulator.Control.AdvanceClock(TimeSpan.FromMinutes(10));

        var before = EmulatorSnapshot.Take(emulator.Control);
        var run = session.Run("$piped | " + consumer.Command);
        var after = EmulatorSnapshot.Take(emulator.Control);
        ForgetRuns(session, producer.StartsRuns ? piped : [], consumer.StartsRuns ? run.Output : []);

        var expected = Expected(consumer.Target, piped, world, producer.GroupsGone);
        AssertOnlyExpectedErrors(run, world, producer.GroupsGone && consumer.Target == PipeTarget.Groups);
        var actedOn = consumer.ActedOn(run, before, after);
        Assert.True(expected.SetEquals(actedOn), pair.Key + ": piped " + Describe(expected) + ", acted on " + Describe(actedOn) + ".\n" + run.Describe());
        if (pair.Cmdlet == "Remove-EcsSnapshotGroup") AssertOnlyThoseGroupsWentAway(before, after, producer.GroupsGone ? 0 : expected.Count);
    }

    private static IReadOnlySet<string> Expected(PipeTarget target, IReadOnlyList<PSObject> piped, MatrixWorld world, bool groupsGone) => target switch
    {
        PipeTarget.Instances => piped.Select(o => MatrixInstances.Key(MatrixWorld.Value(o, "InstanceId"), MatrixWorld.Value(o, "RegionId"))).ToHashSet(),
        PipeTarget.Invocations => piped.Select(o => MatrixWorld.Value(o, "InvokeId") + "/" + MatrixWorld.Value(o, "InstanceId")).ToHashSet(),
        _ when piped.All(o => MatrixWorld.Value(o, "SnapshotGroupId").Length > 0) => piped.Select(o => MatrixWorld.Value(o, "SnapshotGroupId")).ToHashSet(),
        _ => world.GroupsOf(piped.Select(o => MatrixWorld.Value(o, "InstanceId"))).ToHashSet(),
    };

    /// <summary>The objects are the module's own type and name both piped instances, each in its own region, so no case passes on an empty pipe.</summary>
    private static void AssertRealObjectsOfBothRegions(string outputType, IReadOnlyList<PSObject> piped)
    {
        Assert.NotEmpty(piped);
        Assert.All(piped, o => Assert.Equal("AppSnapshot.Models." + outputType, o.TypeNames[0]));
        var named = piped.Select(o => (MatrixWorld.Value(o, "InstanceId"), MatrixWorld.Value(o, "RegionId"))).Distinct().Order();
        Assert.Equal(MatrixInstances.Piped.Order(), named);
    }

    private static void AssertOnlyExpectedErrors(EngineRun run, MatrixWorld world, bool groupsAreGone)
    {
        Assert.Null(run.Exception);
        if (!groupsAreGone)
        {
            run.AssertClean();
            return;
        }
        var missing = PipeConsumers.MissingGroups(run).ToList();
        Assert.True(missing.Count == run.Errors.Count, "Errors other than groups not found: " + run.Describe());
        Assert.All(missing, g => Assert.Equal(world.RegionOfGroup(g.Id), g.Region));
    }

    /// <summary>Remove-EcsSnapshotGroup: the piped instances lost exactly the expected number of groups and the bystander none.</summary>
    private static void AssertOnlyThoseGroupsWentAway(EmulatorSnapshot before, EmulatorSnapshot after, int expectedRemoved)
    {
        var bystander = MatrixInstances.Key(MatrixInstances.Bystander.Id, MatrixInstances.Bystander.Region);
        Assert.Equal(before.GroupsOf(bystander), after.GroupsOf(bystander));
        var removed = MatrixInstances.Piped.Sum(i => before.GroupsOf(MatrixInstances.Key(i.Id, i.Region)) - after.GroupsOf(MatrixInstances.Key(i.Id, i.Region)));
        Assert.Equal(expectedRemoved, removed);
    }

    /// <summary>-NoWait runs the case started and never collects leave the process-wide pending list.</summary>
    private static void ForgetRuns(EngineSession session, IEnumerable<PSObject> produced, IEnumerable<PSObject> consumed)
    {
        var runs = produced.Concat(consumed).Where(o => o.TypeNames[0] == "AppSnapshot.Models.SnapshotInvocation").Cast<object>().ToList();
        if (runs.Count > 0) PendingRunList.Forget(session, runs);
    }

    private static string Describe(IEnumerable<string> keys) => "{" + string.Join(", ", keys.Order()) + "}";
}
