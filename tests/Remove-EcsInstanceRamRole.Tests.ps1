# Remove-EcsInstanceRamRole against the emulator: -WhatIf, detach, only the named role, nothing attached.
# Every test starts from the fixture (the emulator is reset before each).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }
    $script:NoRole = Get-EcsInstance -Tag @{ role = 'no-role' }
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Remove-EcsInstanceRamRole' {
    BeforeEach {
        Reset-TestEmulator -Session $script:Session
    }

    It 'asks for confirmation: ConfirmImpact is High' {
        $type = (Get-Command -Name Remove-EcsInstanceRamRole).ImplementingType
        $cmdlet = $type.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
        $cmdlet.ConfirmImpact | Should -Be 'High'
    }

    It 'detaches nothing with -WhatIf' {
        $script:Web | Remove-EcsInstanceRamRole -WhatIf
        (Get-EcsInstanceRamRole -InstanceId $script:Web.InstanceId).RamRoleName | Should -Be 'EcsSnapshotRole'
    }

    It 'keeps a role other than the one named' {
        $assignment = $script:Web | Remove-EcsInstanceRamRole -RamRoleName NoPolicyRole -PassThru -Confirm:$false
        $assignment.Result | Should -Be 'NotAttached'
        (Get-EcsInstanceRamRole -InstanceId $script:Web.InstanceId).RamRoleName | Should -Be 'EcsSnapshotRole'
    }

    It 'detaches the role with -PassThru' {
        $assignment = $script:Web | Remove-EcsInstanceRamRole -PassThru -Confirm:$false
        $assignment.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.InstanceRamRoleAssignment'
        $assignment.Result | Should -Be 'Detached'
        $assignment.RamRoleName | Should -BeNullOrEmpty
        (Get-EcsInstanceRamRole -InstanceId $script:Web.InstanceId).RamRoleName | Should -BeNullOrEmpty
    }

    It 'reports an instance without a role as NotAttached' {
        $assignment = $script:NoRole | Remove-EcsInstanceRamRole -PassThru -Confirm:$false
        $assignment.Result | Should -Be 'NotAttached'
    }

    It 'refuses an invalid role name' {
        { $script:NoRole | Remove-EcsInstanceRamRole -RamRoleName 'bad role!' -Confirm:$false } | Should -Throw -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.RemoveEcsInstanceRamRoleCommand'
    }
}
