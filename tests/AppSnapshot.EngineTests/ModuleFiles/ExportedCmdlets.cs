namespace AppSnapshot.EngineTests.ModuleFiles;

/// <summary>The cmdlets AppSnapshot.psd1 exports (CmdletsToExport); ManifestTests checks this list against the engine's view.</summary>
public static class ExportedCmdlets
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "Initialize-AppSnapshotRamRole",
        "Set-EcsInstanceRamRole",
        "Get-EcsInstanceRamRole",
        "Remove-EcsInstanceRamRole",
        "Get-EcsInstance",
        "Test-AppSnapshotPrerequisite",
        "Send-AppSnapshotScript",
        "New-AppConsistentSnapshotGroup",
        "Get-AppSnapshotResult",
        "Get-EcsSnapshotGroup",
        "Remove-EcsSnapshotGroup",
        "Restore-EcsSnapshotGroup",
        "Set-AppSnapshotDefault",
        "Get-AppSnapshotDefault",
        "Clear-AppSnapshotDefault",
    ];

    public static TheoryData<string> Theory()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names) data.Add(name);
        return data;
    }
}
