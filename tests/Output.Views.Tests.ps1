# Every view of AppSnapshot.Format.ps1xml rendered in the real engine at 80 and 120 columns, with objects
# the cmdlets wrote against the emulator and objects built with the model types holding the longest real
# ids. A console of N columns formats at N-1 (PowerShell keeps its last column free), so each width is
# rendered at N-1 and N. A test fails on a header that wraps, a column that is missing, a key value that
# is cut, or a line wider than the console.

BeforeDiscovery {
    $tables = @(
        @{ Type = 'EcsInstance'; Labels = @('InstanceId', 'Status', 'Platform', 'InstanceName', 'RamRoleName'); Key = @('InstanceId', 'Status', 'Platform') }
        @{ Type = 'EcsDisk'; Labels = @('DiskId', 'Type', 'Category', 'SizeGiB', 'MultiAttach'); Key = @('DiskId', 'Type', 'Category', 'SizeGiB') }
        @{ Type = 'InstanceRamRoleAssignment'; Labels = @('InstanceId', 'Result', 'RegionId', 'RamRoleName'); Key = @('InstanceId', 'Result', 'RegionId') }
        @{ Type = 'RamRoleSetupResult'; Labels = @('RoleName', 'Role', 'PolicyName', 'Policy', 'Attachment'); Key = @('Role', 'Policy', 'Attachment') }
        @{ Type = 'PrerequisiteReport'; Labels = @('InstanceId', 'Ready', 'Platform', 'InstanceName', 'FailedChecks'); Key = @('InstanceId', 'Ready', 'Platform') }
        @{ Type = 'PrerequisiteCheck'; Labels = @('Name', 'Passed', 'Severity', 'Detail'); Key = @('Name', 'Severity') }
        @{ Type = 'ScriptUploadResult'; Labels = @('InstanceId', 'Status', 'Succeeded', 'Source', 'ErrorCode'); Key = @('InstanceId', 'Status', 'Succeeded', 'Source') }
        @{ Type = 'SnapshotInvocation'; Labels = @('InstanceId', 'InvokeId', 'Platform', 'GroupName'); Key = @('InstanceId', 'InvokeId', 'Platform') }
        @{ Type = 'AppSnapshotResult'; Labels = @('InstanceId', 'Consistency', 'ExitCode', 'SnapshotGroupId', 'Freeze'); Key = @('InstanceId', 'Consistency', 'ExitCode', 'SnapshotGroupId', 'Freeze') }
        @{ Type = 'SnapshotGroup'; Labels = @('Consistency', 'Status', 'SnapshotGroupId', 'InstanceId', 'Taken'); Key = @('Consistency', 'Status', 'SnapshotGroupId', 'InstanceId') }
        @{ Type = 'SnapshotInfo'; Labels = @('SnapshotId', 'SourceDiskId', 'Consistency', 'Status', 'Type'); Key = @('SnapshotId', 'SourceDiskId', 'Consistency', 'Status', 'Type') }
        @{ Type = 'SnapshotGroupRemoval'; Labels = @('Status', 'SnapshotGroupId', 'InstanceId', 'Failed', 'Name'); Key = @('Status', 'SnapshotGroupId', 'InstanceId', 'Failed') }
        @{ Type = 'RollbackResult'; Labels = @('InstanceId', 'DiskId', 'SnapshotId', 'Status'); Key = @('InstanceId', 'DiskId', 'SnapshotId', 'Status') }
        @{ Type = 'AppSnapshotDefault'; Labels = @('RegionId', 'ProfileName', 'Endpoint'); Key = @('RegionId', 'ProfileName', 'Endpoint') }
    )
    $lists = @(
        @{ Type = 'EcsInstance'; Labels = @('InstanceId', 'Status', 'Platform', 'OSName', 'OSNameLocal', 'RamRoleName', 'CloudAssistantRunning', 'Disks', 'Tags') }
        @{ Type = 'PrerequisiteReport'; Labels = @('InstanceId', 'Ready', 'FailedChecks', 'WarningChecks', 'Checks') }
        @{ Type = 'AppSnapshotResult'; Labels = @('InstanceId', 'Status', 'ExitCode', 'ExitCodeMeaning', 'Consistency', 'SnapshotGroupId', 'Snapshots', 'FreezeStart', 'ThawEnd', 'FreezeSeconds', 'TotalSeconds', 'StartTime', 'FinishTime', 'Warnings') }
        @{ Type = 'SnapshotGroup'; Labels = @('SnapshotGroupId', 'Name', 'InstanceId', 'Status', 'Consistency', 'CreationTime', 'Snapshots', 'Tags') }
        @{ Type = 'SnapshotGroupRemoval'; Labels = @('SnapshotGroupId', 'Name', 'InstanceId', 'Status', 'Snapshots') }
    )
    $script:TableCases = foreach ($table in $tables) {
        foreach ($console in 80, 120) {
            foreach ($width in ($console - 1), $console) {
                @{ Type = $table.Type; Width = $width; Labels = $table.Labels; Key = $table.Key }
            }
        }
    }
    $script:ListCases = foreach ($list in $lists) {
        foreach ($width in 79, 80, 119, 120) {
            @{ Type = $list.Type; Width = $width; Labels = $list.Labels }
        }
    }
    $script:TableTypes = $tables | ForEach-Object { $_.Type }
    $script:ListTypes = $lists | ForEach-Object { $_.Type }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'OutputTestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator -SpeedFactor 0.05
    $c = New-EmulatorConnection -Endpoint $script:Emulator.Endpoint
    Import-BuiltModuleGlobally | Out-Null
    $ErrorActionPreference = 'Stop'

    # What the cmdlets write against the emulator.
    $samples = @{}
    function Add-Sample([string] $Type, [object[]] $Objects) {
        if (-not $samples.ContainsKey($Type)) { $samples[$Type] = [System.Collections.Generic.List[object]]::new() }
        foreach ($o in $Objects) { if ($null -ne $o) { $samples[$Type].Add($o) } }
    }
    $instances = @(Get-EcsInstance @c -Tag @{ env = 'test' })
    Add-Sample 'EcsInstance' $instances
    Add-Sample 'EcsDisk' @($instances.Disks)
    Add-Sample 'InstanceRamRoleAssignment' @($instances | Get-EcsInstanceRamRole @c)
    Add-Sample 'RamRoleSetupResult' @(Initialize-AppSnapshotRamRole @c -RoleName 'ViewsTestRole' -PolicyName 'ViewsTestPolicy' -Confirm:$false)
    $reports = @($instances | Test-AppSnapshotPrerequisite @c)
    Add-Sample 'PrerequisiteReport' $reports
    Add-Sample 'PrerequisiteCheck' @($reports.Checks)
    $mysql = Get-EcsInstance @c -Tag @{ role = 'mysql' }
    Add-Sample 'ScriptUploadResult' @($mysql | Send-AppSnapshotScript @c -Template MySQL -Confirm:$false)
    $web = Get-EcsInstance @c -Tag @{ role = 'web' }
    $invocations = @($mysql, $web | New-AppConsistentSnapshotGroup @c -Name 'views-test' -NoWait)
    Add-Sample 'SnapshotInvocation' $invocations
    $results = @($invocations | Get-AppSnapshotResult @c -Wait)
    Add-Sample 'AppSnapshotResult' $results
    $groups = @(Get-EcsSnapshotGroup @c -InstanceId $mysql.InstanceId, $web.InstanceId)
    Add-Sample 'SnapshotGroup' $groups
    Add-Sample 'SnapshotInfo' @($groups.Snapshots)
    $webGroup = $groups | Where-Object InstanceId -EQ $web.InstanceId | Select-Object -First 1
    Wait-TestCondition -Description "group $($webGroup.SnapshotGroupId) accomplished" -Condition {
        (Get-EcsSnapshotGroup @c -SnapshotGroupId $webGroup.SnapshotGroupId).Status -eq 'accomplished'
    }
    Add-Sample 'RollbackResult' @(Restore-EcsSnapshotGroup @c -SnapshotGroupId $webGroup.SnapshotGroupId -StopInstance -Confirm:$false)
    $mysqlGroup = $groups | Where-Object InstanceId -EQ $mysql.InstanceId | Select-Object -First 1
    Add-Sample 'SnapshotGroupRemoval' @(Remove-EcsSnapshotGroup @c -SnapshotGroupId $mysqlGroup.SnapshotGroupId -Confirm:$false)
    Add-Sample 'AppSnapshotDefault' @(Set-AppSnapshotDefault -RegionId cn-hangzhou -ProfileName views -Endpoint $script:Emulator.Endpoint -PassThru -WarningAction SilentlyContinue)
    Clear-AppSnapshotDefault

    # The longest real values: ids of real accounts (i-/s-/d- 22 characters, ssg- 24), the longest status words.
    $instanceId = 'i-bp1g6zv0ce8oghu7kx9z'
    $groupId = 'ssg-bp1hz7kq2mysql0001x9'
    $now = [DateTimeOffset]::UtcNow
    $models = 'AppSnapshot.Models'
    Add-Sample 'EcsInstance' @(New-Object "$models.EcsInstance" -Property @{ InstanceId = $instanceId; InstanceName = 'a-rather-long-instance-name-for-the-db'; Status = 'Stopping'; Platform = 'Windows'; RegionId = 'ap-southeast-1'; OSName = 'Windows Server  2019 Data Center Edition 64bit Chinese Edition'; RamRoleName = 'AliyunECSAppSnapshotRoleForProduction' })
    Add-Sample 'EcsDisk' @(New-Object "$models.EcsDisk" -Property @{ DiskId = 'd-bp1bq5g3dxxo1x4o9z1y'; Type = 'system'; Category = 'cloud_essd_entry'; SizeGiB = 32768; MultiAttach = $true })
    Add-Sample 'InstanceRamRoleAssignment' @(New-Object "$models.InstanceRamRoleAssignment" -Property @{ InstanceId = $instanceId; Result = 'AlreadyAttached'; RegionId = 'ap-southeast-1'; RamRoleName = 'AliyunECSAppSnapshotRoleForProduction' })
    Add-Sample 'RamRoleSetupResult' @(New-Object "$models.RamRoleSetupResult" -Property @{ RoleName = 'AppSnapshotRoleNameXyz'; PolicyName = 'AppSnapshotPolicyNameX'; RoleStatus = 'Existed'; PolicyStatus = 'Skipped'; AttachmentStatus = 'AlreadyAttached' })
    $check = New-Object "$models.PrerequisiteCheck" -Property @{ Name = 'MultiAttachDisks'; Passed = $false; Severity = 'Information'; Detail = 'Multi-attach disks will be skipped (a snapshot-consistent group cannot hold them).' }
    $report = New-Object "$models.PrerequisiteReport" -Property @{ InstanceId = $instanceId; InstanceName = 'a-rather-long-instance-name'; Platform = 'Windows' }
    $report.Checks.Add($check)
    Add-Sample 'PrerequisiteReport' @($report)
    Add-Sample 'PrerequisiteCheck' @($check)
    Add-Sample 'ScriptUploadResult' @(New-Object "$models.ScriptUploadResult" -Property @{ InstanceId = $instanceId; Status = 'Cancelled'; Succeeded = $false; Source = 'PostgreSQL'; ErrorCode = 'InvalidInstance.NotFound' })
    Add-Sample 'SnapshotInvocation' @(New-Object "$models.SnapshotInvocation" -Property @{ InstanceId = $instanceId; InvokeId = 't-hz0jdfwd9f31qabcdefg'; Platform = 'Windows'; GroupName = 'appsnap-20261130-104800' })
    Add-Sample 'AppSnapshotResult' @(
        (New-Object "$models.AppSnapshotResult" -Property @{ InstanceId = $instanceId; Consistency = 'Application'; ExitCode = 255; SnapshotGroupId = $groupId; FreezeSeconds = 123.456 }),
        (New-Object "$models.AppSnapshotResult" -Property @{ InstanceId = $instanceId; Consistency = 'FileSystem'; Status = 'Timeout'; FreezeSeconds = 9.87 })
    )
    Add-Sample 'SnapshotGroup' @(New-Object "$models.SnapshotGroup" -Property @{ Consistency = 'Application'; Status = 'accomplished'; SnapshotGroupId = $groupId; InstanceId = $instanceId; CreationTime = $now; Name = 'nightly-production-database' })
    Add-Sample 'SnapshotInfo' @(New-Object "$models.SnapshotInfo" -Property @{ SnapshotId = 's-bp1c0doj0taqyzzl9z1y'; SourceDiskId = 'd-bp1bq5g3dxxo1x4o9z1y'; Consistency = 'Application'; Status = 'accomplished'; SourceDiskType = 'system' })
    Add-Sample 'SnapshotGroupRemoval' @(New-Object "$models.SnapshotGroupRemoval" -Property @{ Status = 'PartiallyRemoved'; SnapshotGroupId = $groupId; InstanceId = $instanceId; Name = 'nightly-production-database' })
    Add-Sample 'RollbackResult' @(New-Object "$models.RollbackResult" -Property @{ InstanceId = $instanceId; DiskId = 'd-bp1bq5g3dxxo1x4o9z1y'; SnapshotId = 's-bp1c0doj0taqyzzl9z1y'; OperationStatus = 'Success' })
    Add-Sample 'AppSnapshotDefault' @(New-Object "$models.AppSnapshotDefault" -Property @{ RegionId = 'ap-southeast-1'; ProfileName = 'AppSnapshotProductionX'; Endpoint = 'https://ecs-vpc.ap-southeast-1.aliyuncs.com' })
    $script:Samples = $samples
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'The format file' {
    It 'has a tested table view for every type it formats, and a tested list view for each list it defines' -ForEach @{ TableTypes = $script:TableTypes; ListTypes = $script:ListTypes } {
        $formatted = Get-FormatData -TypeName 'AppSnapshot.Models.*'
        $tables = @($formatted | Where-Object { $_.FormatViewDefinition.Control | Where-Object { $_ -is [System.Management.Automation.TableControl] } } | ForEach-Object { $_.TypeNames[0] -replace '^AppSnapshot\.Models\.', '' })
        $lists = @($formatted | Where-Object { $_.FormatViewDefinition.Control | Where-Object { $_ -is [System.Management.Automation.ListControl] } } | ForEach-Object { $_.TypeNames[0] -replace '^AppSnapshot\.Models\.', '' })
        ($tables | Sort-Object) | Should -Be ($TableTypes | Sort-Object)
        ($lists | Sort-Object) | Should -Be ($ListTypes | Sort-Object)
    }

    It 'has samples written by the cmdlets for every view' -ForEach @{ TableTypes = $script:TableTypes } {
        foreach ($type in $TableTypes) {
            @($script:Samples[$type] | Where-Object { $_.InstanceId -ne 'i-bp1g6zv0ce8oghu7kx9z' -and $_.DiskId -ne 'd-bp1bq5g3dxxo1x4o9z1y' -and $_.RoleName -ne 'AppSnapshotRoleNameXyz' -and $_.Name -ne 'MultiAttachDisks' -and $_.SnapshotId -ne 's-bp1c0doj0taqyzzl9z1y' -and $_.ProfileName -ne 'AppSnapshotProductionX' }).Count | Should -BeGreaterThan 0 -Because "the cmdlets wrote $type objects"
        }
    }
}

Describe 'Table views' {
    It '<Type> at <Width> columns: one header line, every column, key values whole' -ForEach $script:TableCases {
        $objects = $script:Samples[$Type]
        $objects | Should -Not -BeNullOrEmpty
        $text = $objects | Format-Table | Out-String -Width $Width
        $layout = Get-TableLayout -Text $text
        $layout.WrappedHeader | Should -BeFalse -Because "no header may wrap:`n$text"
        $layout.Labels | Should -Be $Labels -Because "every column is shown:`n$text"
        $layout.MaxLineLength | Should -BeLessOrEqual $Width -Because $text
        foreach ($row in $layout.Rows) {
            Get-TableCell -Layout $layout -Row $row -Label $Labels[0] | Should -Not -BeNullOrEmpty -Because "each row names its object: '$row'"
            foreach ($label in $Key) {
                Get-TableCell -Layout $layout -Row $row -Label $label | Should -Not -Match '…$' -Because "$label is not cut in '$row'"
            }
        }
    }
}

Describe 'List views' {
    It '<Type> at <Width> columns shows every detail label' -ForEach $script:ListCases {
        $text = $script:Samples[$Type] | Format-List | Out-String -Width $Width
        foreach ($label in $Labels) {
            $text | Should -Match "(?m)^$label\s*:" -Because "the list view of $Type shows $label"
        }
        ($text -split "`r?`n" | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual $Width
    }
}
