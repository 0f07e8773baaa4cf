<#
.SYNOPSIS
    The whole AppSnapshot workflow, run with the real cmdlets against the bundled ECS emulator.

.DESCRIPTION
    Starts the ECS emulator (tests/EcsEmulator, built by build.ps1) on a free loopback port, imports the
    module built in out/AppSnapshot, points it at the emulator through environment variables set for this
    run only, and walks through what a user does: the RAM role and policy, attaching the role (replacing
    the one the MySQL server already carries), the MySQL freeze/thaw scripts, the prerequisite check, a
    Linux application-consistent group, Windows with and without VSS writers, the results explained,
    the groups listed, one pruned and one rolled back.

    The demo is also a check: an error it does not expect, or an outcome other than the one it explains,
    ends it with a non-zero exit code. The emulator is stopped and the environment restored either way.
    tests/Demo.Tests.ps1 runs it in CI.

.PARAMETER EmulatorSpeed
    The emulator's speed factor: nominal durations (plug-in runs, instance stop/start, snapshot
    completion) are multiplied by it. 0.1 runs ten times faster than the cloud; 1 is real time.

.PARAMETER EmulatorStartTimeoutSeconds
    How long the emulator may take to answer before the demo stops with an error.

.PARAMETER EmulatorPath
    The emulator assembly. Default: tests/EcsEmulator/bin/<Configuration>/<framework>/EcsEmulator.dll.

.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Demo

.EXAMPLE
    dotnet pwsh ./tools/demo/Invoke-AppSnapshotDemo.ps1 -EmulatorSpeed 1
#>
[CmdletBinding()]
param(
    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release',

    [ValidateRange(0.001, 10.0)]
    [double] $EmulatorSpeed = 0.1,

    [ValidateRange(1, 600)]
    [int] $EmulatorStartTimeoutSeconds = 60,

    [string] $EmulatorPath
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$RepoRoot = Split-Path -Path (Split-Path -Path $PSScriptRoot -Parent) -Parent
Import-Module (Join-Path $PSScriptRoot 'EmulatorProcess.psm1') -Force
Import-Module (Join-Path $PSScriptRoot 'DemoOutput.psm1') -Force

$ModuleManifest = Join-Path $RepoRoot 'out/AppSnapshot/AppSnapshot.psd1'
if (-not (Test-Path -LiteralPath $ModuleManifest)) {
    throw "The module is not built: $ModuleManifest is missing. Run: dotnet pwsh ./build.ps1 -Task Build"
}
if (-not $EmulatorPath) {
    $built = Get-ChildItem -Path (Join-Path $RepoRoot "tests/EcsEmulator/bin/$Configuration/*/EcsEmulator.dll") -ErrorAction SilentlyContinue |
        Sort-Object LastWriteTime -Descending | Select-Object -First 1
    $EmulatorPath = if ($built) { $built.FullName } else { Join-Path $RepoRoot "tests/EcsEmulator/bin/$Configuration/net10.0/EcsEmulator.dll" }
}

# Emulator credentials (tests/EcsEmulator/README.md); no security token may ride along with them.
$DemoEnvironment = [ordered]@{
    APPSNAPSHOT_ENDPOINT            = $null   # set once the emulator's port is known
    ALIBABA_CLOUD_ACCESS_KEY_ID     = 'LTAI5tEmulatorAccess01'
    ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'EmulatorSecretDoNotUseInProd01'
    ALIBABA_CLOUD_REGION_ID         = 'cn-hangzhou'
    ALIBABA_CLOUD_SECURITY_TOKEN    = $null
    ALIBABACLOUD_SECURITY_TOKEN     = $null
    ALICLOUD_SECURITY_TOKEN         = $null
    SECURITY_TOKEN                  = $null
}

# The nominal durations the demo waits for (snapshot completion 30 s, StartInstance 15 s), scaled, plus slack.
$WaitSeconds = 30 + 60 * $EmulatorSpeed

$MySqlId = 'i-mysql-centos79'
$SqlServerId = 'i-win2019-sql'
$RoleName = 'AppSnapshotRoleName'

$ConsistencyMeaning = @{
    Application = 'the application flushed its writes before the freeze (Linux: /tmp/prescript.sh; Windows: the VSS writers); tag APPConsistent=True'
    FileSystem  = 'the file systems were frozen but the application was not asked; a restore recovers like after a power loss; tag FsConsistent=True'
    Crash       = 'neither tag: the disks were captured as they were'
    Unknown     = 'no group was created, or neither the tags nor the plug-in log tell the level'
}

function Write-ResultExplanation {
    param([Parameter(Mandatory)] $Result)
    $consistency = [string] $Result.Consistency
    Write-Host "   $($Result.InstanceId): $consistency-consistent: $($ConsistencyMeaning[$consistency])."
    Write-Host "     ExitCode $($Result.ExitCode): $($Result.ExitCodeMeaning)"
    if ($Result.FreezeSeconds) {
        $window = '{0:N2} s of frozen I/O (FreezeStart to ThawEnd)' -f $Result.FreezeSeconds
        if ($Result.PreScriptSeconds) {
            $window += '; pre-script {0:N2} s, post-script {1:N2} s' -f $Result.PreScriptSeconds, $Result.PostScriptSeconds
        }
        Write-Host "     Freeze window: $window."
    }
    Write-Host "     Group $($Result.SnapshotGroupId) ($($Result.SnapshotGroupName)) holds $(@($Result.Snapshots).Count) disk snapshot(s)."
}

$savedEnvironment = @{}
$emulator = $null
$module = $null
$clock = [System.Diagnostics.Stopwatch]::StartNew()
try {
    Write-Host "AppSnapshot demo: the real cmdlets from out/AppSnapshot against the bundled ECS emulator (speed x$EmulatorSpeed)."
    $emulator = Start-EmulatorProcess -EmulatorPath $EmulatorPath -SpeedFactor $EmulatorSpeed -TimeoutSeconds $EmulatorStartTimeoutSeconds
    Write-Host "Emulator answering on $($emulator.Endpoint) (process $($emulator.Process.Id))."

    $DemoEnvironment.APPSNAPSHOT_ENDPOINT = $emulator.Endpoint
    foreach ($name in $DemoEnvironment.Keys) {
        $savedEnvironment[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $DemoEnvironment[$name])
    }
    Write-Host 'For this run only: APPSNAPSHOT_ENDPOINT, ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET (the emulator''s key) and ALIBABA_CLOUD_REGION_ID=cn-hangzhou.'
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    $module = Import-Module -Name $ModuleManifest -Force -PassThru
    Write-Host "Module AppSnapshot $($module.Version) imported from $($module.ModuleBase)."

    Write-DemoHeading 'The instances: a MySQL server on CentOS 7.9 and SQL Server on Windows Server 2019'
    $instances = Invoke-DemoCommand { Get-EcsInstance -InstanceId $MySqlId, $SqlServerId }
    Show-DemoTable -InputObject $instances -Property 'InstanceId', 'InstanceName', 'Platform', 'Status', 'RamRoleName'
    Assert-DemoOutcome (@($instances).Count -eq 2) 'both demo instances to exist in the emulator'

    Write-DemoHeading 'RAM role and policy: Initialize-AppSnapshotRamRole'
    Write-DemoNote 'The plug-in inside the instance creates the snapshots with the instance''s RAM role; this creates the role and its policy once per account.'
    $setup = Invoke-DemoCommand { Initialize-AppSnapshotRamRole }
    Show-DemoTable -InputObject $setup -Property 'RoleName', 'RoleStatus', 'PolicyName', 'PolicyStatus', 'AttachmentStatus'
    Write-DemoNote "Role ARN $($setup.RoleArn). Run again, it reports Existed/AlreadyAttached and changes nothing."
    Assert-DemoOutcome ($setup.RoleStatus -eq 'Created' -and $setup.PolicyStatus -eq 'Created' -and $setup.AttachmentStatus -eq 'Attached') 'the role and policy to be created and attached'

    Write-DemoHeading 'Attach the role to the instances, replacing the role they carry: Set-EcsInstanceRamRole -Force'
    $before = Invoke-DemoCommand { Get-EcsInstanceRamRole -InstanceId $MySqlId, $SqlServerId }
    Show-DemoTable -InputObject $before -Property 'InstanceId', 'RamRoleName', 'Result'
    Write-DemoNote 'An instance holds one RAM role. Replacing a different role asks a second question; -Force answers it (-WhatIf and -Confirm still apply).'
    $assignments = Invoke-DemoCommand { Set-EcsInstanceRamRole -InstanceId $MySqlId, $SqlServerId -RamRoleName $RoleName -Force -PassThru }
    Show-DemoTable -InputObject $assignments -Property 'InstanceId', 'RamRoleName', 'Result'
    Assert-DemoOutcome (@($assignments | Where-Object { $_.Result -eq 'Replaced' -and $_.RamRoleName -eq $RoleName }).Count -eq 2) "both instances to have EcsSnapshotRole replaced by $RoleName"

    Write-DemoHeading 'Freeze/thaw scripts from the MySQL template: Send-AppSnapshotScript -Template MySQL'
    Write-DemoNote '/tmp/prescript.sh takes FLUSH TABLES WITH READ LOCK before the file systems freeze; /tmp/postscript.sh releases it after the thaw (root, 0700).'
    $uploads = Invoke-DemoCommand { Send-AppSnapshotScript -InstanceId $MySqlId -Template MySQL }
    Show-DemoTable -InputObject $uploads -Property 'InstanceId', 'Source', 'Status', 'Succeeded', 'PreScriptPath', 'PostScriptPath'
    Assert-DemoOutcome ($uploads.Succeeded -eq $true) 'the MySQL scripts to be delivered'

    Write-DemoHeading 'Prerequisites: Test-AppSnapshotPrerequisite'
    $reports = Invoke-DemoCommand { Test-AppSnapshotPrerequisite -InstanceId $MySqlId, $SqlServerId }
    Show-DemoTable -InputObject $reports -Property 'InstanceId', 'Platform', 'Ready'
    foreach ($report in $reports) {
        foreach ($check in $report.Checks) {
            $mark = if ($check.Passed) { 'ok' } else { [string] $check.Severity }
            Write-Host "   $($report.InstanceId) [$mark] $($check.Name): $($check.Detail)"
        }
    }
    Write-DemoNote 'Information checks cannot be seen through the API (scripts in the guest, file system types); they never block.'
    Assert-DemoOutcome (@($reports | Where-Object Ready).Count -eq 2) 'both instances to be ready'

    Write-DemoHeading 'Linux: an application-consistent group of the MySQL server: New-AppConsistentSnapshotGroup'
    $linux = Invoke-DemoCommand { New-AppConsistentSnapshotGroup -InstanceId $MySqlId -Name demo-mysql -RequireApplicationConsistent }
    Show-DemoTable -InputObject $linux -Property 'InstanceId', 'Status', 'ExitCode', 'Consistency', 'FreezeSeconds', 'SnapshotGroupId'
    Write-DemoNote 'What the pre/post scripts printed inside the guest:'
    $linux.GuestOutput -split '\r?\n' | Where-Object { $_ -match '^\[INFO\]' } | ForEach-Object { Write-Host "     $_" }
    Assert-DemoOutcome ([string] $linux.Consistency -eq 'Application' -and $linux.ExitCode -eq 0) 'an application-consistent MySQL group with exit code 0'

    Write-DemoHeading 'Windows: SQL Server with its VSS writers (the default), then with -ExcludeWriters'
    Write-DemoNote 'On Windows the plug-in uses VSS: with the writers SQL Server (SqlServerWriter) flushes its data; without them only the file systems are consistent.'
    $withWriters = Invoke-DemoCommand { New-AppConsistentSnapshotGroup -InstanceId $SqlServerId -Name demo-sql-vss }
    $withoutWriters = Invoke-DemoCommand { New-AppConsistentSnapshotGroup -InstanceId $SqlServerId -Name demo-sql-nowriters -ExcludeWriters }
    Show-DemoTable -InputObject @($withWriters; $withoutWriters) -Property 'InstanceId', 'SnapshotGroupName', 'ExitCode', 'Consistency', 'FreezeSeconds', 'SnapshotGroupId'
    Assert-DemoOutcome ([string] $withWriters.Consistency -eq 'Application') 'an application-consistent group with the VSS writers'
    Assert-DemoOutcome ([string] $withoutWriters.Consistency -eq 'FileSystem') 'a file-system-consistent group with -ExcludeWriters'

    Write-DemoHeading 'The results explained: Consistency, ExitCode, freeze window'
    foreach ($result in @($linux; $withWriters; $withoutWriters)) {
        Write-ResultExplanation -Result $result
    }
    Write-DemoNote 'Consistency comes from the tags of the group''s snapshots; the freeze window and the script times from the plug-in''s log.'
    Write-DemoNote 'A non-zero ExitCode is a non-terminating error Plugin<Reason> with a recommended action (Get-Help about_AppSnapshot lists the codes).'

    Write-DemoHeading 'The groups: Get-EcsSnapshotGroup'
    $groups = Invoke-DemoCommand { Get-EcsSnapshotGroup -InstanceId $MySqlId, $SqlServerId }
    Show-DemoTable -InputObject ($groups | Sort-Object CreationTime) -Property 'SnapshotGroupId', 'Name', 'InstanceId', 'Status', 'Consistency'
    $createdIds = @($linux.SnapshotGroupId, $withWriters.SnapshotGroupId, $withoutWriters.SnapshotGroupId)
    Assert-DemoOutcome (@($groups | Where-Object SnapshotGroupId -in $createdIds).Count -eq 3) 'the three new groups to be listed'

    Write-DemoHeading 'Prune the group that is only file-system-consistent: Remove-EcsSnapshotGroup'
    $pruneId = $withoutWriters.SnapshotGroupId
    $removal = Invoke-DemoCommand { Remove-EcsSnapshotGroup -SnapshotGroupId $pruneId -Confirm:$false }
    Show-DemoTable -InputObject $removal -Property 'SnapshotGroupId', 'Name', 'InstanceId', 'Status'
    $remaining = Invoke-DemoCommand { Get-EcsSnapshotGroup -InstanceId $MySqlId, $SqlServerId }
    Show-DemoTable -InputObject ($remaining | Sort-Object CreationTime) -Property 'SnapshotGroupId', 'Name', 'InstanceId', 'Status', 'Consistency'
    Assert-DemoOutcome ($removal.Status -eq 'Removed' -and -not ($remaining.SnapshotGroupId -contains $pruneId)) "group $pruneId to be removed with its snapshots"

    Write-DemoHeading 'Roll the MySQL server back to its application-consistent group: Restore-EcsSnapshotGroup -StopInstance -StartInstance'
    $restoreId = $linux.SnapshotGroupId
    Write-DemoNote 'Disks roll back only from finished snapshots; wait until the group is accomplished.'
    Wait-DemoCondition -Description "group $restoreId is accomplished" -TimeoutSeconds $WaitSeconds -Condition {
        (Get-EcsSnapshotGroup -SnapshotGroupId $restoreId).Status -eq 'accomplished'
    }
    Write-DemoNote 'Without -StopInstance a running instance is refused (an expected error, shown here):'
    $null = Invoke-DemoCommand { Restore-EcsSnapshotGroup -SnapshotGroupId $restoreId -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable refused }
    Assert-DemoOutcome (@($refused).Count -eq 1 -and $refused[0].FullyQualifiedErrorId -like 'RollbackInstanceNotStopped,*') 'the error RollbackInstanceNotStopped for a running instance'
    Write-Host "   $($refused[0].FullyQualifiedErrorId): $($refused[0].Exception.Message)"
    Write-Host "   Recommended action: $($refused[0].ErrorDetails.RecommendedAction)"
    $rollback = Invoke-DemoCommand { Restore-EcsSnapshotGroup -SnapshotGroupId $restoreId -StopInstance -StartInstance -Confirm:$false }
    Show-DemoTable -InputObject $rollback -Property 'InstanceId', 'DiskId', 'SnapshotId', 'OperationStatus', 'Succeeded'
    Assert-DemoOutcome (@($rollback).Count -eq @($linux.Snapshots).Count -and -not ($rollback.Succeeded -contains $false)) 'every disk of the group to be rolled back'
    Write-DemoNote '-StartInstance starts the instance without waiting; the demo waits until it is Running again.'
    Wait-DemoCondition -Description "$MySqlId is Running again" -TimeoutSeconds $WaitSeconds -Condition {
        (Get-EcsInstance -InstanceId $MySqlId).Status -eq 'Running'
    }
    Show-DemoTable -InputObject (Get-EcsInstance -InstanceId $MySqlId) -Property 'InstanceId', 'Status', 'RamRoleName'

    Write-Host ''
    Write-Host ('Demo finished without an unexpected error in {0:N1} s.' -f $clock.Elapsed.TotalSeconds) -ForegroundColor Green
}
finally {
    if ($module) {
        Remove-Module -ModuleInfo $module -ErrorAction SilentlyContinue
    }
    foreach ($name in $savedEnvironment.Keys) {
        [Environment]::SetEnvironmentVariable($name, $savedEnvironment[$name])
    }
    if ($emulator) {
        Stop-EmulatorProcess -Emulator $emulator
        Write-Host "Emulator stopped ($($emulator.Endpoint))."
    }
}
