using AppSnapshot.EngineTests.Emulator;
using AppSnapshot.EngineTests.Hosting;

namespace AppSnapshot.EngineTests.Cmdlets;

/// <summary>Every parameter set of every exported cmdlet, as a command that succeeds on the default fixture.</summary>
public static class ParameterSetCases
{
    public static IReadOnlyList<ParameterSetCase> All { get; } =
    [
        new("Initialize-AppSnapshotRamRole", "__AllParameterSets", "Initialize-AppSnapshotRamRole -RoleName EngineTestRole -PolicyName EngineTestPolicy", "RamRoleSetupResult", 1)
            { ChangesState = true },
        new("Set-EcsInstanceRamRole", "__AllParameterSets", "Set-EcsInstanceRamRole -InstanceId i-no-role -RamRoleName EcsSnapshotRole -PassThru", "InstanceRamRoleAssignment", 1)
            { ChangesState = true },
        new("Get-EcsInstanceRamRole", "__AllParameterSets", "Get-EcsInstanceRamRole -InstanceId i-mysql-centos79, i-no-role", "InstanceRamRoleAssignment", 2),
        new("Remove-EcsInstanceRamRole", "__AllParameterSets", "Remove-EcsInstanceRamRole -InstanceId i-ubuntu2204 -PassThru", "InstanceRamRoleAssignment", 1)
            { ChangesState = true },
        new("Get-EcsInstance", "ByFilter", "Get-EcsInstance -Name 'mysql-*' -Tag @{ env = 'test' } -Status Running -OSType Linux", "EcsInstance", 1),
        new("Get-EcsInstance", "ById", "Get-EcsInstance -InstanceId i-ubuntu2204, i-win2019-sql", "EcsInstance", 2),
        new("Test-AppSnapshotPrerequisite", "__AllParameterSets", "Test-AppSnapshotPrerequisite -InstanceId i-mysql-centos79", "PrerequisiteReport", 1),
        new("Send-AppSnapshotScript", "Template", "Send-AppSnapshotScript -InstanceId i-mysql-centos79 -Template MySQL", "ScriptUploadResult", 1)
            { ChangesState = true },
        new("Send-AppSnapshotScript", "File", "Send-AppSnapshotScript -InstanceId i-ubuntu2204 -PreScriptPath ./pre.sh -PostScriptPath ./post.sh", "ScriptUploadResult", 1)
            { ChangesState = true, Arrange = Arrangements.ScriptFilesInLocation },
        new("New-AppConsistentSnapshotGroup", "Wait", "New-AppConsistentSnapshotGroup -InstanceId i-ubuntu2204 -Name engine-wait", "AppSnapshotResult", 1)
            { ChangesState = true },
        new("New-AppConsistentSnapshotGroup", "NoWait", "New-AppConsistentSnapshotGroup -InstanceId i-ubuntu2204 -Name engine-nowait -NoWait", "SnapshotInvocation", 1)
            { ChangesState = true, Collect = Arrangements.CollectRuns },
        new("Get-AppSnapshotResult", "ByInvokeId", "Get-AppSnapshotResult -InvokeId $invocation.InvokeId -InstanceId $invocation.InstanceId -Wait", "AppSnapshotResult", 1)
            { Arrange = Arrangements.FinishedRun },
        new("Get-AppSnapshotResult", "Pending", "Get-AppSnapshotResult -Wait", "AppSnapshotResult", 1)
            { Arrange = Arrangements.FinishedRun, ReadsPendingRuns = true },
        new("Get-EcsSnapshotGroup", "__AllParameterSets", "Get-EcsSnapshotGroup -InstanceId i-ubuntu2204 -Name 'engine-*'", "SnapshotGroup", 1)
            { Arrange = Arrangements.Group },
        new("Remove-EcsSnapshotGroup", "__AllParameterSets", "Remove-EcsSnapshotGroup -SnapshotGroupId $group", "SnapshotGroupRemoval", 1)
            { ChangesState = true, Arrange = Arrangements.Group },
        new("Restore-EcsSnapshotGroup", "__AllParameterSets", "Restore-EcsSnapshotGroup -SnapshotGroupId $group", "RollbackResult", 2)
            { ChangesState = true, Arrange = Arrangements.GroupOfStoppedInstance },
        new("Set-AppSnapshotDefault", "__AllParameterSets", "Set-AppSnapshotDefault -RegionId cn-beijing -PassThru", "AppSnapshotDefault", 1)
            { ChangesState = true, Connects = false },
        new("Get-AppSnapshotDefault", "__AllParameterSets", "Get-AppSnapshotDefault", "AppSnapshotDefault", 1) { Connects = false },
        new("Clear-AppSnapshotDefault", "__AllParameterSets", "Clear-AppSnapshotDefault -PassThru", "AppSnapshotDefault", 1)
            { ChangesState = true, Connects = false },
    ];

    public static ParameterSetCase Get(string cmdlet, string parameterSet) =>
        All.Single(c => c.Cmdlet == cmdlet && c.ParameterSet == parameterSet);

    /// <summary>Theory data: each parameter set of the cmdlet (except those reading pending runs) in each debug mode.</summary>
    public static TheoryData<string, DebugMode> Of(string cmdlet)
    {
        var data = new TheoryData<string, DebugMode>();
        foreach (var c in All.Where(c => c.Cmdlet == cmdlet && !c.ReadsPendingRuns))
        {
            data.Add(c.ParameterSet, DebugMode.Switches);
            data.Add(c.ParameterSet, DebugMode.Preference);
        }
        return data;
    }

    /// <summary>Theory data: (cmdlet, parameter set) of every case whose cmdlet supports ShouldProcess and changes the cloud.</summary>
    public static TheoryData<string, string> ChangingState()
    {
        var data = new TheoryData<string, string>();
        // Cases that change only the PowerShell session (session defaults) are checked in their own classes.
        foreach (var c in All.Where(c => c.ChangesState && c.Connects)) data.Add(c.Cmdlet, c.ParameterSet);
        return data;
    }

    /// <summary>Theory data: the cases that read the session-wide pending runs, in each debug mode.</summary>
    public static TheoryData<string, string, DebugMode> ReadingPendingRuns()
    {
        var data = new TheoryData<string, string, DebugMode>();
        foreach (var c in All.Where(c => c.ReadsPendingRuns))
        {
            data.Add(c.Cmdlet, c.ParameterSet, DebugMode.Switches);
            data.Add(c.Cmdlet, c.ParameterSet, DebugMode.Preference);
        }
        return data;
    }
}
