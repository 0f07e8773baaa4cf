# Initialize-AppSnapshotRamRole against the emulator. The default fixture has no AppSnapshotRoleName
# and no AppSnapshotPolicy: the first real run creates both, the next one finds them.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator
    $script:SavedEnvironment = Set-TestEnvironment -Endpoint $script:Emulator.Endpoint
    Import-BuiltModule | Out-Null
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Restore-TestEnvironment -Saved $script:SavedEnvironment
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Initialize-AppSnapshotRamRole' {
    It 'creates nothing with -WhatIf' {
        $planned = Initialize-AppSnapshotRamRole -WhatIf
        foreach ($result in @($planned)) {
            $result.RoleStatus | Should -Be 'Skipped'
            $result.PolicyStatus | Should -Be 'Skipped'
        }
    }

    It 'creates the role and the policy and attaches them (the -WhatIf run changed nothing)' {
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
