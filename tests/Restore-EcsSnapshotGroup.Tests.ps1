# Restore-EcsSnapshotGroup against the emulator (sped up 50x): a running instance is refused, -WhatIf
# stops nothing, and -StopInstance -StartInstance rolls every disk back and starts the instance again.
# Before each test the emulator is reset and the running web instance gets a finished group.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession -SpeedFactor 0.02
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }

    function Get-WebStatus {
        (Get-EcsInstance -InstanceId $script:Web.InstanceId).Status
    }
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Restore-EcsSnapshotGroup' {
    BeforeEach {
        Reset-TestEmulator -Session $script:Session
        $script:Result = New-FinishedSnapshotGroup -Session $script:Session -Instance $script:Web -Name pester-restore
        # ResetDisks needs finished snapshots.
        (Get-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId).Status | Should -Be 'accomplished'
    }

    It 'refuses a running instance and changes nothing' {
        $output = @(Restore-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId -Confirm:$false -ErrorVariable restoreErrors -ErrorAction SilentlyContinue)
        $output.Count | Should -Be 0
        $restoreErrors[0].FullyQualifiedErrorId | Should -Be 'RollbackInstanceNotStopped,AppSnapshot.Commands.RestoreEcsSnapshotGroupCommand'
        Get-WebStatus | Should -Be 'Running'
    }

    It 'stops nothing with -WhatIf' {
        Get-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId | Restore-EcsSnapshotGroup -StopInstance -StartInstance -WhatIf
        Get-WebStatus | Should -Be 'Running'
    }

    It 'refuses -ForceStop without -StopInstance' {
        { Restore-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId -ForceStop -Confirm:$false } |
            Should -Throw -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.RestoreEcsSnapshotGroupCommand'
        Get-WebStatus | Should -Be 'Running'
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
        # -StartInstance starts the instance without waiting for Running (see the help).
        Get-WebStatus | Should -BeIn @('Starting', 'Running')
        Wait-TestCondition -Description 'the instance is Running again' -TimeoutSeconds 60 -Condition { (Get-WebStatus) -eq 'Running' }
    }

    It 'rolls back only the named disk and leaves the instance stopped without -StartInstance' {
        $systemDisk = ($script:Result.Snapshots | Where-Object SourceDiskType -EQ 'system').SourceDiskId
        $results = @(Restore-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId -DiskId $systemDisk -StopInstance -Confirm:$false)
        $results.Count | Should -Be 1
        $results[0].DiskId | Should -Be $systemDisk
        $results[0].Succeeded | Should -BeTrue
        Get-WebStatus | Should -Be 'Stopped'
    }

    It 'rolls back a stopped instance without -StopInstance' {
        Invoke-EmulatorControl -Endpoint $script:Session.Endpoint -Path "instances/$($script:Web.InstanceId)/status" -Body @{ Status = 'Stopped' }
        $results = @(Restore-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId -Confirm:$false)
        $results.Count | Should -Be 2
        $results | ForEach-Object { $_.Succeeded | Should -BeTrue }
        Get-WebStatus | Should -Be 'Stopped'
    }

    It 'refuses an id that is not a group id' {
        { Restore-EcsSnapshotGroup -SnapshotGroupId 'i-0123456789' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.RestoreEcsSnapshotGroupCommand'
    }
}
