# Remove-EcsSnapshotGroup against the emulator (sped up 50x): -WhatIf leaves the groups (checked with
# Get-EcsSnapshotGroup), piped groups are removed, retention selectors, and refused selections.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator -SpeedFactor 0.02
    $script:SavedEnvironment = Set-TestEnvironment -Endpoint $script:Emulator.Endpoint
    Import-BuiltModule | Out-Null
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }
    foreach ($name in @('pester-remove-1', 'pester-remove-2', 'pester-remove-3')) {
        $script:Web | New-AppConsistentSnapshotGroup -Name $name -NoScripts -Confirm:$false | Out-Null
    }
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Restore-TestEnvironment -Saved $script:SavedEnvironment
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Remove-EcsSnapshotGroup' {
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
    }

    It 'keeps the newest group of the instance with -KeepLatest 1' {
        $removed = @(Remove-EcsSnapshotGroup -Name 'pester-remove-*' -KeepLatest 1 -Confirm:$false)
        $removed.Count | Should -Be 1
        @(Get-EcsSnapshotGroup -Name 'pester-remove-*').Name | Should -Be @('pester-remove-3')
    }

    It 'refuses to run without any selector' {
        { Remove-EcsSnapshotGroup -Confirm:$false } | Should -Throw -ErrorId 'NoGroupSelector,AppSnapshot.Commands.RemoveEcsSnapshotGroupCommand'
        @(Get-EcsSnapshotGroup -Name 'pester-remove-*').Count | Should -Be 1
    }

    It 'refuses a non-positive -OlderThan' {
        { Remove-EcsSnapshotGroup -OlderThan ([timespan]::Zero) -Confirm:$false } | Should -Throw -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.RemoveEcsSnapshotGroupCommand'
    }

    It 'refuses wildcards in -SnapshotGroupId' {
        { Remove-EcsSnapshotGroup -SnapshotGroupId 'ssg-*' -Confirm:$false } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.RemoveEcsSnapshotGroupCommand'
    }
}
