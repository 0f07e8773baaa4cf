# Remove-EcsSnapshotGroup against the emulator (sped up 50x): -WhatIf leaves the groups (checked with
# Get-EcsSnapshotGroup), piped groups are removed, retention selectors, and refused selections. Before
# each test the emulator is reset and the web instance gets three groups, oldest first.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession -SpeedFactor 0.02
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Remove-EcsSnapshotGroup' {
    BeforeEach {
        Reset-TestEmulator -Session $script:Session
        foreach ($name in @('pester-remove-1', 'pester-remove-2', 'pester-remove-3')) {
            New-FinishedSnapshotGroup -Session $script:Session -Instance $script:Web -Name $name | Out-Null
        }
    }

    It 'removes nothing with -WhatIf' {
        Get-EcsSnapshotGroup -Name 'pester-remove-*' | Remove-EcsSnapshotGroup -WhatIf
        @(Get-EcsSnapshotGroup -Name 'pester-remove-*').Count | Should -Be 3
    }

    It 'removes nothing with -WhatIf on a retention selector either' {
        Remove-EcsSnapshotGroup -InstanceId $script:Web.InstanceId -KeepLatest 0 -WhatIf
        @(Get-EcsSnapshotGroup -Name 'pester-remove-*').Count | Should -Be 3
    }

    It 'removes a piped group and its snapshots' {
        $group = Get-EcsSnapshotGroup -Name 'pester-remove-1'
        $removal = $group | Remove-EcsSnapshotGroup -Confirm:$false
        $removal.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.SnapshotGroupRemoval'
        $removal.SnapshotGroupId | Should -Be $group.SnapshotGroupId
        $removal.Status | Should -Be 'Removed'
        @($removal.Snapshots).Count | Should -Be @($group.Snapshots).Count
        @(Get-EcsSnapshotGroup -Name 'pester-remove-1').Count | Should -Be 0
        @(Get-EcsSnapshotGroup -Name 'pester-remove-*').Count | Should -Be 2
    }

    It 'keeps the newest group of the instance with -KeepLatest 1' {
        $removed = @(Remove-EcsSnapshotGroup -Name 'pester-remove-*' -KeepLatest 1 -Confirm:$false)
        @($removed.Name | Sort-Object) | Should -Be @('pester-remove-1', 'pester-remove-2')
        @(Get-EcsSnapshotGroup -Name 'pester-remove-*').Name | Should -Be @('pester-remove-3')
    }

    It 'refuses to run without any selector' {
        { Remove-EcsSnapshotGroup -Confirm:$false } | Should -Throw -ErrorId 'NoGroupSelector,AppSnapshot.Commands.RemoveEcsSnapshotGroupCommand'
        @(Get-EcsSnapshotGroup -Name 'pester-remove-*').Count | Should -Be 3
    }

    It 'refuses a non-positive -OlderThan' {
        { Remove-EcsSnapshotGroup -OlderThan ([timespan]::Zero) -Confirm:$false } | Should -Throw -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.RemoveEcsSnapshotGroupCommand'
        @(Get-EcsSnapshotGroup -Name 'pester-remove-*').Count | Should -Be 3
    }

    It 'refuses wildcards in -SnapshotGroupId' {
        { Remove-EcsSnapshotGroup -SnapshotGroupId 'ssg-*' -Confirm:$false } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.RemoveEcsSnapshotGroupCommand'
    }
}
