@{
    RootModule           = 'AppSnapshot.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '2a9c6274-b588-48f2-94db-6699b3becf91'
    Author               = 'AppSnapshot contributors'
    CompanyName          = 'AppSnapshot contributors'
    Copyright            = '(c) 2026 AppSnapshot contributors. MIT License.'
    Description          = 'Application-consistent snapshots of Alibaba Cloud ECS instances: RAM role setup, prerequisite checks, pre-freeze/post-thaw scripts, the Cloud Assistant app-snapshot plug-ins (Linux fsfreeze, Windows VSS), results explained, and snapshot-consistent groups inspected, pruned and rolled back.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    RequiredAssemblies   = @('AppSnapshot.Core.dll')
    FormatsToProcess     = @('AppSnapshot.Format.ps1xml')
    HelpInfoURI          = 'https://github.com/appsnapshot/AppSnapshot/tree/main/docs/help'
    CmdletsToExport      = @(
        'Initialize-AppSnapshotRamRole'
        'Set-EcsInstanceRamRole'
        'Get-EcsInstanceRamRole'
        'Remove-EcsInstanceRamRole'
        'Get-EcsInstance'
        'Test-AppSnapshotPrerequisite'
        'Send-AppSnapshotScript'
        'New-AppConsistentSnapshotGroup'
        'Get-AppSnapshotResult'
        'Get-EcsSnapshotGroup'
        'Remove-EcsSnapshotGroup'
        'Restore-EcsSnapshotGroup'
        'Set-AppSnapshotDefault'
        'Get-AppSnapshotDefault'
        'Clear-AppSnapshotDefault'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AlibabaCloud', 'Aliyun', 'ECS', 'Snapshot', 'ApplicationConsistent', 'Backup', 'VSS', 'fsfreeze', 'CloudAssistant', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/appsnapshot/AppSnapshot/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/appsnapshot/AppSnapshot'
            ReleaseNotes = '0.1.0 (2026-11-21), the first release: twelve cmdlets for application-consistent snapshots of Alibaba Cloud ECS instances (RAM role setup, prerequisite checks, pre-freeze/post-thaw scripts, the Cloud Assistant app-snapshot plug-ins for Linux and Windows, results explained, snapshot-consistent groups inspected, pruned and rolled back), an own signature-V3 client with a credential chain, and fleet runs of up to 100 instances per call. The full history is in CHANGELOG.md in the module folder.'
        }
    }
}
