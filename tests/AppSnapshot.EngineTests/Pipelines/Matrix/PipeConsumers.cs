using System.Text.RegularExpressions;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Pipelines.Matrix;

/// <summary>A consumer for every cmdlet that takes some output type by property name (BindingMetadata says which).</summary>
public static class PipeConsumers
{
    private static readonly Regex GroupNotFound = new(@"Snapshot group (?<id>ssg-[A-Za-z0-9-]+) was not found in region (?<region>\S+)\.", RegexOptions.Compiled);

    public static IReadOnlyDictionary<string, PipeConsumer> ByCmdlet { get; } = new PipeConsumer[]
    {
        new("Get-EcsInstance", "Get-EcsInstance", PipeTarget.Instances, (run, _, _) => OutputInstances(run)),
        new("Get-EcsInstanceRamRole", "Get-EcsInstanceRamRole", PipeTarget.Instances, (run, _, _) => OutputInstances(run)),
        new("Test-AppSnapshotPrerequisite", "Test-AppSnapshotPrerequisite", PipeTarget.Instances, (run, _, _) => OutputInstances(run)),
        new("Set-EcsInstanceRamRole", "Set-EcsInstanceRamRole -RamRoleName NoPolicyRole -Force -PassThru -Confirm:$false", PipeTarget.Instances,
            (run, before, after) => Both(OutputInstances(run), after.RoleChangedSince(before))),
        new("Remove-EcsInstanceRamRole", "Remove-EcsInstanceRamRole -PassThru -Confirm:$false", PipeTarget.Instances,
            (run, before, after) => Both(OutputInstances(run), after.RoleChangedSince(before))),
        new("Send-AppSnapshotScript", "Send-AppSnapshotScript -Template MySQL", PipeTarget.Instances,
            (run, before, after) => Both(OutputInstances(run), after.FilesChangedSince(before))),
        new("New-AppConsistentSnapshotGroup", "New-AppConsistentSnapshotGroup -Name matrix-new -NoWait", PipeTarget.Instances, (run, _, _) => OutputInstances(run))
            { StartsRuns = true },
        new("Get-EcsSnapshotGroup", "Get-EcsSnapshotGroup", PipeTarget.Groups, (run, _, _) => GroupsNamed(run)) { NeedsGroups = true },
        new("Remove-EcsSnapshotGroup", "Remove-EcsSnapshotGroup -Confirm:$false", PipeTarget.Groups, (run, _, _) => GroupsNamed(run)) { NeedsGroups = true },
        new("Restore-EcsSnapshotGroup", "Restore-EcsSnapshotGroup -Confirm:$false", PipeTarget.Groups, (run, _, _) => GroupsNamed(run))
            { NeedsGroups = true, NeedsStoppedInstances = true },
        new("Get-AppSnapshotResult", "Get-AppSnapshotResult", PipeTarget.Invocations, (run, _, _) => OutputInvocations(run)) { NeedsFinishedRuns = true },
    }.ToDictionary(c => c.Cmdlet);

    /// <summary>The "not found in region" errors a consumer writes for groups that no longer exist: (group id, region).</summary>
    public static IEnumerable<(string Id, string Region)> MissingGroups(EngineRun run) =>
        run.Errors.Select(e => GroupNotFound.Match(e.ToString())).Where(m => m.Success).Select(m => (m.Groups["id"].Value, m.Groups["region"].Value));

    private static HashSet<string> OutputInstances(EngineRun run) =>
        run.Output.Select(o => MatrixInstances.Key(MatrixWorld.Value(o, "InstanceId"), MatrixWorld.Value(o, "RegionId"))).ToHashSet();

    private static HashSet<string> OutputInvocations(EngineRun run) =>
        run.Output.Select(o => MatrixWorld.Value(o, "InvokeId") + "/" + MatrixWorld.Value(o, "InstanceId")).ToHashSet();

    /// <summary>Groups written, and groups looked up but reported missing (a consumer given deleted groups acts on nothing else).</summary>
    private static HashSet<string> GroupsNamed(EngineRun run) =>
        run.Output.Select(o => MatrixWorld.Value(o, "SnapshotGroupId")).Concat(MissingGroups(run).Select(g => g.Id)).ToHashSet();

    /// <summary>What the output says it did must be what the emulator shows was done.</summary>
    private static IReadOnlySet<string> Both(HashSet<string> written, IReadOnlySet<string> changed)
    {
        Assert.True(written.SetEquals(changed), "The output names " + string.Join(", ", written.Order()) + "; the emulator changed " + string.Join(", ", changed.Order()) + ".");
        return changed;
    }
}
