using System.Text.RegularExpressions;
using EcsEmulator.State;

namespace EcsEmulator.Plugin;

/// <summary>
/// Plans one run of app-snapshot-plugin (Linux) or app-snapshot-plugin-win (Windows) as app-snapshot-plugin.md §4
/// describes: parse, check, choose the consistency mode, run the scripts/VSS, create and tag the group.
/// </summary>
internal sealed partial class AppSnapshotPlugin(EmulatorState state, Instance instance, DateTimeOffset startUtc, Random jitter)
{
    public const string PreScript = "/tmp/prescript.sh";
    public const string PostScript = "/tmp/postscript.sh";

    private readonly PluginLog _log = new(startUtc, instance.IsWindows, jitter);

    public PluginRun Run(string rawParams)
    {
        _log.Spend(TimeSpan.FromMilliseconds(450)); // plug-in start-up
        var p = PluginParameterParser.Parse(rawParams, instance.IsWindows, out var parseError);
        if (parseError is not null) return Exit(2, $"Parse params failed: {parseError}");
        if (instance.ForcedPluginExitCode is (1 or 2 or 3 or 13) and var early) return Exit(early, PluginExitCodes.Messages[early]);

        if (!OsSupport.IsSupported(instance.OSName)) return Exit(1, $"Check OS failed: {instance.OSNameEn} is not supported");
        if (!ValidGroupName(p.Name)) return Exit(1, $"Check snapshot name failed: invalid SnapshotGroup name {p.Name}");
        if (p.Description.StartsWith("http://", StringComparison.Ordinal) || p.Description.StartsWith("https://", StringComparison.Ordinal))
            return Exit(1, "Check snapshot description failed");
        if (instance.RamRoleName is null) return Exit(13, "Get RamRole failed: no RAM role is attached to the instance");
        if (!string.Equals(instance.RamRoleName, p.RamRoleName, StringComparison.OrdinalIgnoreCase))
            return Exit(1, $"Check RamRole failed: RamRoleName={p.RamRoleName} is not the role attached to the instance");
        _log.Info($"Get RamRole={instance.RamRoleName} credentials successfully");
        if (!state.Roles.TryGetValue(instance.RamRoleName, out var role) || !SnapshotPermission.RoleCanSnapshot(state, role))
            return Exit(3, $"RamRole={instance.RamRoleName} has no permission to create snapshots");

        var disks = new List<Disk>();
        foreach (var disk in instance.Disks)
        {
            if (p.ExcludeDiskIds.Contains(disk.DiskId)) _log.Info($"Exclude DiskId={disk.DiskId}");
            else if (!disk.IsEssdFamily || disk.MultiAttach) _log.Warn($"Skip DiskId={disk.DiskId}, Device={disk.Device}, Category={disk.Category}{(disk.MultiAttach ? ", MultiAttach=Enabled" : "")}");
            else
            {
                _log.Info($"Add DiskId={disk.DiskId}, Device={disk.Device}, Category={disk.Category}");
                disks.Add(disk);
            }
        }
        if (disks.Count == 0) return Exit(3, "No ESSD disk can be snapshotted on this instance");
        if (disks.Count > 16 || disks.Sum(d => d.Size) > 32 * 1024) return Exit(1, "Too many disks for one SnapshotGroup");

        return instance.IsWindows ? RunWindows(p, disks) : RunLinux(p, disks);
    }

    private PluginRun RunLinux(PluginParameters p, List<Disk> disks)
    {
        var appMode = ScriptsReady(p);
        var forced = instance.ForcedPluginExitCode;
        _log.Info(appMode ? "AppConsistent Snapshots with Pre/Post-Script Enabled" : "PreScript or PostScript is not ready, Take FsConsistent Snapshots");
        var preCost = TimeSpan.Zero;
        if (forced == 9) return Exit(9, $"Execute PreScript {PreScript} failed");
        if (appMode)
        {
            _log.Info($"Start to Execute PreScript {PreScript}");
            var (ok, cost) = RunScript("prescript", p.ScriptTimeoutInSeconds);
            preCost = cost;
            if (!ok)
            {
                if (state.PreScriptFailureMode == PreScriptFailureMode.Exit9) return Exit(9, $"Execute PreScript {PreScript} failed");
                _log.Warn($"Execute PreScript {PreScript} failed, Take FsConsistent Snapshots instead");
                appMode = false;
            }
            else _log.Info("Execute PreScript Successfully");
        }
        var freezeCost = TimeSpan.Zero;
        if (p.EnableFsFreeze)
        {
            _log.Info("Start to Freeze FileSystem");
            freezeCost = _log.Spend(TimeSpan.FromMilliseconds(180));
            if (forced == 11) return Exit(11, "Freeze FileSystem IO failed: fsfreeze returned error");
            _log.Info($"Freeze FileSystem Successfully, Timeout={p.TimeoutInSeconds}s");
        }
        var (group, creationCost) = CreateGroup(p, disks, appMode ? "APPConsistent" : "FsConsistent");
        if (group is null || group.Failed || group.NeverCompletes) return Exit(forced!.Value, PluginExitCodes.Messages[forced.Value], group);
        _log.Info("Prepare to Thaw FileSystem or Applications");
        var thawCost = _log.Spend(TimeSpan.FromMilliseconds(60));
        if (forced == 12) return Exit(12, "Thaw FileSystem IO failed", Untagged(group));
        if (p.EnableFsFreeze) _log.Info("Thaw FileSystem Successfully");
        var postCost = TimeSpan.Zero;
        if (forced == 10) return Exit(10, $"Execute PostScript {PostScript} failed", group);
        if (appMode)
        {
            _log.Info($"Start to Execute PostScript {PostScript}");
            var (ok, cost) = RunScript("postscript", p.ScriptTimeoutInSeconds);
            postCost = cost;
            if (!ok) return Exit(10, $"Execute PostScript {PostScript} failed", Untagged(group));
            _log.Info("Execute PostScript Successfully");
        }
        return Finish(group, appMode, preCost + freezeCost, thawCost + postCost, creationCost,
            appMode ? $"Prescript cost={GoDuration.Format(preCost)}, Postscript cost={GoDuration.Format(postCost)}" : null);
    }

    private PluginRun RunWindows(PluginParameters p, List<Disk> disks)
    {
        var forced = instance.ForcedPluginExitCode;
        _log.Info("Required COM+ components are already installed");
        _log.Info("Provider version is already latest");
        _log.Info("Start to Initialize VSS Requestor ...");
        _log.Info("Prepare to Create snapshot set");
        var appMode = p.EnableWriters && instance.VssWriters.Count > 0;
        if (forced == 9) return Exit(9, "Execute PreScript failed");
        var freezeCost = _log.Spend(TimeSpan.FromSeconds(p.EnableWriters ? 16.1 : 3.2));
        _log.Block("requestor", VssRequestorText(p.EnableWriters, disks));
        if (forced == 11) return Exit(11, "Create Snapshot Set failed: VSS freeze timeout");
        _log.Info("Create Snapshot Set Successfully");
        var (group, creationCost) = CreateGroup(p, disks, appMode ? "APPConsistent" : "FsConsistent");
        if (group is null || group.Failed || group.NeverCompletes) return Exit(forced!.Value, PluginExitCodes.Messages[forced.Value], group);
        _log.Info("Prepare to Thaw FileSystem or Applications");
        _log.Block("requestor", "");
        var thawCost = _log.Spend(TimeSpan.FromSeconds(1.56));
        if (forced == 12) return Exit(12, "Thaw Write Request failed", Untagged(group));
        _log.Info("Thaw Write Request Done");
        if (forced == 10) return Exit(10, "Execute PostScript failed", group);
        return Finish(group, appMode, freezeCost, thawCost, creationCost, null);
    }

    /// <summary>Creates the group (unless a forced fault stops it first); returns null when no group is made.</summary>
    private (GroupOutcome? Group, TimeSpan Cost) CreateGroup(PluginParameters p, List<Disk> disks, string consistencyTag)
    {
        var forced = instance.ForcedPluginExitCode;
        if (forced is 4 or 14 or 16)
        {
            _log.Spend(TimeSpan.FromMilliseconds(300));
            return (null, TimeSpan.Zero);
        }
        var start = _log.Elapsed;
        var requestCost = _log.Spend(TimeSpan.FromMilliseconds(554));
        var groupId = state.Ids.Next("ssg-");
        _log.Info($"SnapshotGroup, requestId={Guid.NewGuid().ToString("D").ToUpperInvariant()}, GroupId={groupId}, Cost:{GoDuration.Format(requestCost)}");
        var queryCost = _log.Spend(TimeSpan.FromSeconds(forced == 6 ? 600 : 1.4 + 0.2 * disks.Count));
        var outcome = new GroupOutcome(groupId, p.Name, p.Description, disks.Select(d => d.DiskId).ToList(), start,
            consistencyTag, Failed: forced is 5 or 7 or 15, NeverCompletes: forced == 6, p.InstantAccess, p.InstantAccessRetentionDays);
        if (outcome.Failed || outcome.NeverCompletes) return (outcome, _log.Elapsed - start);
        _log.Info("Finished Quering SnapshotGroup Progress");
        var total = _log.Elapsed - start;
        _log.Info($"Finish SnapshotGroup={groupId} Creation, TotalCost={GoDuration.Format(total)}, QueryCost={GoDuration.Format(queryCost)}");
        return (outcome, total);
    }

    private PluginRun Finish(GroupOutcome group, bool appMode, TimeSpan freeze, TimeSpan thaw, TimeSpan creation, string? scriptCosts)
    {
        var label = appMode ? "AppConsistent" : "FsConsistent";
        _log.Info(instance.IsWindows && appMode ? "Tag snapshots with AppConistent" : $"Tag snapshots with {label}");
        var tagCost = _log.Spend(TimeSpan.FromMilliseconds(137));
        if (instance.ForcedPluginExitCode == 8) return Exit(8, "Tag snapshots failed: TagResources returned error", Untagged(group));
        if (instance.ForcedPluginExitCode == 255) return Exit(255, "Unknown error: unexpected panic", Untagged(group));
        _log.Info($"Take {label} snapshots successfully");
        if (scriptCosts is not null) _log.Info(scriptCosts);
        _log.Info($"Prepare Freeze={GoDuration.Format(freeze)}, Thaw cost={GoDuration.Format(thaw)}, Snapshot Creation={GoDuration.Format(creation)}, Tag Resources={GoDuration.Format(tagCost)}");
        _log.Info("Finish whole Processes of Snapshot successfully", group.SnapshotGroupId);
        return new PluginRun(0, _log.Elapsed, _log, group);
    }

    private bool ScriptsReady(PluginParameters p)
    {
        if (p.PreScriptPath != PreScript || p.PostScriptPath != PostScript) return false;
        return new[] { PreScript, PostScript }.All(path =>
            instance.Files.TryGetValue(path, out var f) && f.Owner == "root" && f.Mode.TrimStart('0') == "700");
    }

    /// <returns>whether the script succeeded, and its cost.</returns>
    private (bool Ok, TimeSpan Cost) RunScript(string kind, int timeoutSeconds)
    {
        var behaviour = instance.ScriptBehaviours.GetValueOrDefault(kind) ?? ScriptBehaviour.Succeed();
        var nominal = behaviour.Outcome == ScriptOutcome.Hang ? TimeSpan.FromSeconds(timeoutSeconds) : TimeSpan.FromSeconds(behaviour.DurationSeconds);
        if (nominal > TimeSpan.FromSeconds(timeoutSeconds)) nominal = TimeSpan.FromSeconds(timeoutSeconds);
        var cost = _log.Spend(nominal);
        var output = behaviour.Output ?? (behaviour.Outcome == ScriptOutcome.Fail ? $"[ERROR]: {kind} failed" : $"[INFO]: {kind} finished");
        _log.Block("output", output);
        switch (behaviour.Outcome)
        {
            case ScriptOutcome.Hang:
                _log.Error($"Execute {kind} timeout after {timeoutSeconds}s, killed");
                return (false, cost);
            case ScriptOutcome.Fail:
                _log.Error($"Execute {kind} exit status {behaviour.ExitCode}");
                return (false, cost);
            default:
                return (true, cost);
        }
    }

    private string VssRequestorText(bool enableWriters, List<Disk> disks)
    {
        var lines = new List<string>();
        foreach (var (disk, n) in disks.Select((d, n) => (d, n)))
            lines.Add($"Add VolumePath=\\\\?\\Volume{{{disk.DiskId.GetHashCode() & 0x7fffffff:x8}-0000-0000-100000000000}}\\, VolumeName={(char)('C' + n)}:\\");
        if (!enableWriters)
        {
            lines.Add("Writers excluded (EnableWriters=false), FileSystem consistency only");
            return string.Join("\n", lines);
        }
        lines.Add(instance.VssWriters.Count > 0 ? "All writers included" : "No writers found");
        lines.Add("Finish to GatherWriterMetadata successfully");
        lines.Add("Initialize writer metadata ...");
        lines.Add($"Initialize writer metadata done, cost({_log.Spend(TimeSpan.FromMilliseconds(120)).TotalMilliseconds:0.000})ms");
        foreach (var writer in instance.VssWriters)
        {
            lines.Add($"* Writer '{writer}':");
            lines.AddRange(writer == "SqlServerWriter"
                ? ["- Add component \\ecs\\master", "- Add component \\ecs\\model", "- Add component \\ecs\\msdb"]
                : [$"- Add component \\{writer.Replace(" Writer", "").Replace(" ", "")}"]);
        }
        return string.Join("\n", lines);
    }

    private static GroupOutcome Untagged(GroupOutcome g) => g with { ConsistencyTag = null };

    private PluginRun Exit(int code, string message, GroupOutcome? group = null)
    {
        _log.Error(message);
        _log.Spend(TimeSpan.FromMilliseconds(20));
        return new PluginRun(code, _log.Elapsed, _log, group is null ? null : group with { ConsistencyTag = code == 0 ? group.ConsistencyTag : null });
    }

    private static bool ValidGroupName(string name) =>
        name.Length is >= 2 and <= 128 && GroupNamePattern().IsMatch(name)
        && !name.StartsWith("http://", StringComparison.Ordinal) && !name.StartsWith("https://", StringComparison.Ordinal);

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{Nd}:_.\-]*$")]
    private static partial Regex GroupNamePattern();
}
