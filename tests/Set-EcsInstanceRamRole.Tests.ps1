# Set-EcsInstanceRamRole against the emulator: attach, already attached, replacing a different role
# (the extra question declined, answered, impossible to ask, or skipped with -Force), and -WhatIf
# (checked afterwards with Get-EcsInstanceRamRole). Questions are answered by a scripted host in a
# runspace of its own, never by the console. Every test starts from the fixture.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'ScriptedHost.psm1') -Force
    $script:Session = Start-TestSession
    $script:NoRole = Get-EcsInstance -Tag @{ role = 'no-role' }
    $script:WeakRole = Get-EcsInstance -Tag @{ role = 'weak-role' }
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Set-EcsInstanceRamRole' {
    BeforeEach {
        Reset-TestEmulator -Session $script:Session
    }

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
        $script:NoRole | Set-EcsInstanceRamRole -RamRoleName EcsSnapshotRole -Confirm:$false
        $assignment = $script:NoRole | Set-EcsInstanceRamRole -RamRoleName EcsSnapshotRole -PassThru -Confirm:$false
        $assignment.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.InstanceRamRoleAssignment'
        $assignment.Result | Should -Be 'AlreadyAttached'
        $assignment.RamRoleName | Should -Be 'EcsSnapshotRole'
    }

    It 'asks before replacing a different role and, declined, keeps it with InstanceRamRoleConflict' {
        $run = Invoke-InScriptedHost -ModulePath (Get-BuiltManifestPath) -Command Set-EcsInstanceRamRole -InputObject $script:WeakRole -Answer 'No' -Parameters @{
            RamRoleName = 'EcsSnapshotRole'; PassThru = $true; Confirm = $false
        }
        $run.Prompts.Count | Should -Be 1
        $run.Prompts[0] | Should -Match "^Replace instance RAM role: $($script:WeakRole.InstanceId) has RAM role NoPolicyRole"
        $run.Terminating | Should -BeNullOrEmpty
        $run.Output.Count | Should -Be 0
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -Be 'InstanceRamRoleConflict,AppSnapshot.Commands.SetEcsInstanceRamRoleCommand'
        $run.Errors[0].ErrorDetails.RecommendedAction | Should -Match '-Force'
        (Get-EcsInstanceRamRole -InstanceId $script:WeakRole.InstanceId).RamRoleName | Should -Be 'NoPolicyRole'
    }

    It 'replaces a different role when both questions are answered yes' {
        $run = Invoke-InScriptedHost -ModulePath (Get-BuiltManifestPath) -Command Set-EcsInstanceRamRole -InputObject $script:WeakRole -Answer 'Yes', 'Yes' -Parameters @{
            RamRoleName = 'EcsSnapshotRole'; PassThru = $true; Confirm = $true
        }
        $run.Prompts.Count | Should -Be 2
        $run.Prompts[0] | Should -Match 'Replace RAM role NoPolicyRole with EcsSnapshotRole'
        $run.Errors.Count | Should -Be 0
        $run.Output.Count | Should -Be 1
        $run.Output[0].Result | Should -Be 'Replaced'
        (Get-EcsInstanceRamRole -InstanceId $script:WeakRole.InstanceId).RamRoleName | Should -Be 'EcsSnapshotRole'
    }

    It 'stops with ConfirmationRequired, naming -Force, where no question can be asked' {
        $run = Invoke-InScriptedHost -ModulePath (Get-BuiltManifestPath) -Command Set-EcsInstanceRamRole -InputObject $script:WeakRole -CannotPrompt -Parameters @{
            RamRoleName = 'EcsSnapshotRole'; PassThru = $true; Confirm = $false
        }
        $run.Output.Count | Should -Be 0
        $run.Terminating.FullyQualifiedErrorId | Should -Be 'ConfirmationRequired,AppSnapshot.Commands.SetEcsInstanceRamRoleCommand'
        $run.Terminating.ErrorDetails.RecommendedAction | Should -Match '-Force'
        (Get-EcsInstanceRamRole -InstanceId $script:WeakRole.InstanceId).RamRoleName | Should -Be 'NoPolicyRole'
    }

    It 'replaces a different role with -Force without the extra question' {
        $run = Invoke-InScriptedHost -ModulePath (Get-BuiltManifestPath) -Command Set-EcsInstanceRamRole -InputObject $script:WeakRole -Parameters @{
            RamRoleName = 'EcsSnapshotRole'; Force = $true; PassThru = $true; Confirm = $false
        }
        $run.Prompts.Count | Should -Be 0
        $run.Errors.Count | Should -Be 0
        $run.Output[0].Result | Should -Be 'Replaced'
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
