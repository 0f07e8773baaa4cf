# Restore-EcsSnapshotGroup against the emulator (sped up 50x): a running instance is refused, -WhatIf
# stops nothing, and -StopInstance -StartInstance rolls every disk back and starts the instance again.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator -SpeedFactor 0.02
    $script:SavedEnvironment = Set-TestEnvironment -Endpoint $script:Emulator.Endpoint
    Import-BuiltModule | Out-Null
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }
    $script:Result = $script:Web | New-AppConsistentSnapshotGroup -Name pester-restore -NoScripts -Confirm:$false
    # ResetDisks needs finished snapshots.
    Wait-TestCondition -Description 'the group is accomplished' -TimeoutSeconds 60 -Condition {
        (Get-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId).Status -eq 'accomplished'
    }
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Restore-TestEnvironment -Saved $script:SavedEnvironment
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Restore-EcsSnapshotGroup' {
    It 'refuses a running instance and changes nothing' {
        $output = @(Restore-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId -Confirm:$false -ErrorVariable restoreErrors -ErrorAction SilentlyContinue)
        $output.Count | Should -Be 0
        $restoreErrors[0].FullyQualifiedErrorId | Should -Be 'RollbackInstanceNotStopped,AppSnapshot.Commands.RestoreEcsSnapshotGroupCommand'
        (Get-EcsInstance -InstanceId $script:Web.InstanceId).Status | Should -Be 'Running'
    }

    It 'stops nothing with -WhatIf' {
        Get-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId | Restore-EcsSnapshotGroup -StopInstance -StartInstance -WhatIf
        (Get-EcsInstance -InstanceId $script:Web.InstanceId).Status | Should -Be 'Running'
    }

    It 'refuses -ForceStop without -StopInstance' {
        { Restore-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId -ForceStop -Confirm:$false } |
            Should -Throw -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.RestoreEcsSnapshotGroupCommand'
    }

    It 'rolls every disk back with -StopInstance -StartInstance' {
        $results = @(Get-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId | Restore-EcsSnapshotGroup -StopInstance -StartInstance -Confirm:$false)
        $results.Count | Should -Be 2
        foreach ($result in $results) {
            $result.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.RollbackResult'
            $result.InstanceId | Should -Be $script:Web.InstanceId
            $result.SnapshotGroupId | Should -Be $script:Result.SnapshotGroupId
            $result.Succeeded | Should -BeTrue
            $result.SnapshotId | Should -Match '^s-'
        }
        @($results.DiskId | Sort-Object) | Should -Be @(@($script:Result.Snapshots.SourceDiskId) | Sort-Object)
        (Get-EcsInstance -InstanceId $script:Web.InstanceId).Status | Should -Be 'Running'
    }

    It 'rolls back only the named disk of a stopped instance' {
        $systemDisk = ($script:Result.Snapshots | Where-Object SourceDiskType -EQ 'system').SourceDiskId
        $results = @(Restore-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId -DiskId $systemDisk -StopInstance -Confirm:$false)
        $results.Count | Should -Be 1
        $results[0].DiskId | Should -Be $systemDisk
        (Get-EcsInstance -InstanceId $script:Web.InstanceId).Status | Should -Be 'Stopped'
    }

    It 'refuses an id that is not a group id' {
        { Restore-EcsSnapshotGroup -SnapshotGroupId 'i-0123456789' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.RestoreEcsSnapshotGroupCommand'
    }
}
