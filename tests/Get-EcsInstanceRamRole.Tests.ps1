# Get-EcsInstanceRamRole against the emulator's default fixture (instances selected by tag).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Get-EcsInstanceRamRole' {
    It 'reads the role attached to a piped instance' {
        $assignment = Get-EcsInstance -Tag @{ role = 'mysql' } | Get-EcsInstanceRamRole
        $assignment.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.InstanceRamRoleAssignment'
        $assignment.InstanceId | Should -Be (Get-EcsInstance -Tag @{ role = 'mysql' }).InstanceId
        $assignment.RamRoleName | Should -Be 'EcsSnapshotRole'
        $assignment.Result | Should -Be 'Current'
        $assignment.RegionId | Should -Be 'cn-hangzhou'
    }

    It 'reports no role for the instance without one' {
        $noRole = Get-EcsInstance -Tag @{ role = 'no-role' }
        $assignment = Get-EcsInstanceRamRole -InstanceId $noRole.InstanceId
        $assignment.RamRoleName | Should -BeNullOrEmpty
    }

    It 'accepts ids by position and returns one object per instance' {
        $ids = @(Get-EcsInstance -Tag @{ env = 'test' }).InstanceId
        $assignments = @(Get-EcsInstanceRamRole $ids)
        $assignments.Count | Should -Be $ids.Count
    }

    It 'reports an unknown id as a non-terminating error' {
        $mysql = Get-EcsInstance -Tag @{ role = 'mysql' }
        $found = @(Get-EcsInstanceRamRole -InstanceId 'i-doesnotexist0000', $mysql.InstanceId -ErrorVariable lookupErrors -ErrorAction SilentlyContinue)
        $found.InstanceId | Should -Be @($mysql.InstanceId)
        $lookupErrors.Count | Should -Be 1
        $lookupErrors[0].FullyQualifiedErrorId | Should -Be 'InstanceNotFound,AppSnapshot.Commands.GetEcsInstanceRamRoleCommand'
    }

    It 'is read-only: no -WhatIf' {
        (Get-Command -Name Get-EcsInstanceRamRole).Parameters.ContainsKey('WhatIf') | Should -BeFalse
    }
}
