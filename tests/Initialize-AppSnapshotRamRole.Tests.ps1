# Initialize-AppSnapshotRamRole against the emulator. The default fixture has no AppSnapshotRoleName
# and no AppSnapshotPolicy: the first real run creates both, the next one finds them. Every test starts
# from the fixture (the emulator is reset before each).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Initialize-AppSnapshotRamRole' {
    BeforeEach {
        Reset-TestEmulator -Session $script:Session
    }

    It 'creates nothing with -WhatIf' {
        $planned = @(Initialize-AppSnapshotRamRole -WhatIf)
        $planned.Count | Should -Be 1
        $planned[0].RoleStatus | Should -Be 'Skipped'
        $planned[0].PolicyStatus | Should -Be 'Skipped'
        $planned[0].AttachmentStatus | Should -Be 'Skipped'
        $after = Initialize-AppSnapshotRamRole -Confirm:$false
        $after.RoleStatus | Should -Be 'Created'
        $after.PolicyStatus | Should -Be 'Created'
    }

    It 'creates the role and the policy and attaches them' {
        $result = Initialize-AppSnapshotRamRole -Confirm:$false
        $result.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.RamRoleSetupResult'
        $result.RoleName | Should -Be 'AppSnapshotRoleName'
        $result.PolicyName | Should -Be 'AppSnapshotPolicy'
        $result.RoleStatus | Should -Be 'Created'
        $result.PolicyStatus | Should -Be 'Created'
        $result.AttachmentStatus | Should -Be 'Attached'
        $result.RoleArn | Should -BeLike 'acs:ram::*:role/*'
        $result.PolicyDocumentDiffers | Should -BeFalse
    }

    It 'is idempotent: a second run finds everything in place' {
        Initialize-AppSnapshotRamRole -Confirm:$false | Out-Null
        $result = Initialize-AppSnapshotRamRole -Confirm:$false
        $result.RoleStatus | Should -Be 'Existed'
        $result.PolicyStatus | Should -Be 'Existed'
        $result.AttachmentStatus | Should -Be 'AlreadyAttached'
    }

    It 'creates a role and a policy with other names' {
        $result = Initialize-AppSnapshotRamRole -RoleName 'PesterSnapshotRole' -PolicyName 'PesterSnapshotPolicy' -Confirm:$false
        $result.RoleName | Should -Be 'PesterSnapshotRole'
        $result.PolicyName | Should -Be 'PesterSnapshotPolicy'
        $result.RoleStatus | Should -Be 'Created'
    }

    It 'reports an existing policy that lacks the snapshot actions' {
        # ReadOnlyEcsPolicy exists in the fixture with ecs:Describe* only.
        $result = Initialize-AppSnapshotRamRole -RoleName 'PesterWeakRole' -PolicyName 'ReadOnlyEcsPolicy' -Confirm:$false -WarningAction SilentlyContinue
        $result.PolicyStatus | Should -Be 'Existed'
        $result.PolicyDocumentDiffers | Should -BeTrue
    }

    It 'refuses an empty role name before any call' {
        { Initialize-AppSnapshotRamRole -RoleName '' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.InitializeAppSnapshotRamRoleCommand'
    }

    It 'does not take pipeline input' {
        $parameters = (Get-Command -Name Initialize-AppSnapshotRamRole).Parameters
        $parameters['RoleName'].Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] }).ValueFromPipelineByPropertyName | Should -Not -Contain $true
    }
}
