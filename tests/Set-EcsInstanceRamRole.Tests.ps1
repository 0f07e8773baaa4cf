# Set-EcsInstanceRamRole against the emulator: attach, already attached, conflict without -Force,
# replace with -Force, and -WhatIf (checked afterwards with Get-EcsInstanceRamRole).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator
    $script:SavedEnvironment = Set-TestEnvironment -Endpoint $script:Emulator.Endpoint
    Import-BuiltModule | Out-Null
    $script:NoRole = Get-EcsInstance -Tag @{ role = 'no-role' }
    $script:WeakRole = Get-EcsInstance -Tag @{ role = 'weak-role' }
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Restore-TestEnvironment -Saved $script:SavedEnvironment
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Set-EcsInstanceRamRole' {
    It 'changes nothing with -WhatIf' {
        $script:NoRole | Set-EcsInstanceRamRole -RamRoleName EcsSnapshotRole -WhatIf
        (Get-EcsInstanceRamRole -InstanceId $script:NoRole.InstanceId).RamRoleName | Should -BeNullOrEmpty
    }

    It 'writes nothing without -PassThru' {
        $output = @($script:NoRole | Set-EcsInstanceRamRole -RamRoleName EcsSnapshotRole -Confirm:$false)
        $output.Count | Should -Be 0
        (Get-EcsInstanceRamRole -InstanceId $script:NoRole.InstanceId).RamRoleName | Should -Be 'EcsSnapshotRole'
    }

    It 'reports an already attached role as success with -PassThru' {
        $assignment = $script:NoRole | Set-EcsInstanceRamRole -RamRoleName EcsSnapshotRole -PassThru -Confirm:$false
        $assignment.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.InstanceRamRoleAssignment'
        $assignment.Result | Should -Be 'AlreadyAttached'
        $assignment.RamRoleName | Should -Be 'EcsSnapshotRole'
    }

    It 'refuses to replace a different role without -Force' {
        $output = @($script:WeakRole | Set-EcsInstanceRamRole -RamRoleName EcsSnapshotRole -PassThru -Confirm:$false -ErrorVariable roleErrors -ErrorAction SilentlyContinue)
        $output.Count | Should -Be 0
        $roleErrors.Count | Should -Be 1
        $roleErrors[0].FullyQualifiedErrorId | Should -Be 'InstanceRamRoleConflict,AppSnapshot.Commands.SetEcsInstanceRamRoleCommand'
        (Get-EcsInstanceRamRole -InstanceId $script:WeakRole.InstanceId).RamRoleName | Should -Be 'NoPolicyRole'
    }

    It 'replaces a different role with -Force' {
        $assignment = $script:WeakRole | Set-EcsInstanceRamRole -RamRoleName EcsSnapshotRole -Force -PassThru -Confirm:$false
        $assignment.Result | Should -Be 'Replaced'
        (Get-EcsInstanceRamRole -InstanceId $script:WeakRole.InstanceId).RamRoleName | Should -Be 'EcsSnapshotRole'
    }

    It 'reports an unknown instance by its id' {
        Set-EcsInstanceRamRole -InstanceId 'i-doesnotexist0000' -RamRoleName EcsSnapshotRole -Confirm:$false -ErrorVariable lookupErrors -ErrorAction SilentlyContinue
        $lookupErrors[0].FullyQualifiedErrorId | Should -Be 'InstanceNotFound,AppSnapshot.Commands.SetEcsInstanceRamRoleCommand'
    }

    It 'requires an instance id' {
        { Set-EcsInstanceRamRole -InstanceId @() -RamRoleName EcsSnapshotRole } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.SetEcsInstanceRamRoleCommand'
    }
}
