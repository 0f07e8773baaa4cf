# Get-EcsSnapshotGroup against the emulator (sped up 50x): groups made in BeforeAll, found by id,
# name pattern, piped instances and piped results, each with its snapshots.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator -SpeedFactor 0.02
    $script:SavedEnvironment = Set-TestEnvironment -Endpoint $script:Emulator.Endpoint
    Import-BuiltModule | Out-Null
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }
    $script:Result = $script:Web | New-AppConsistentSnapshotGroup -Name pester-get-1 -NoScripts -Confirm:$false
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Restore-TestEnvironment -Saved $script:SavedEnvironment
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Get-EcsSnapshotGroup' {
    It 'gets a group by id with its snapshots' {
        $group = Get-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId
        $group.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.SnapshotGroup'
        $group.SnapshotGroupId | Should -Be $script:Result.SnapshotGroupId
        $group.Name | Should -Be 'pester-get-1'
        $group.InstanceId | Should -Be $script:Web.InstanceId
        $group.Consistency | Should -Be 'FileSystem'
        @($group.Snapshots).Count | Should -Be 2
        $group.Snapshots[0].PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.SnapshotInfo'
        $group.Snapshots.SourceDiskId | Should -Contain (($script:Web.InstanceId -replace '^i-', 'd-') + '-sys')
    }

    It 'gets groups by name pattern' {
        $script:Web | New-AppConsistentSnapshotGroup -Name pester-get-2 -NoScripts -Confirm:$false | Out-Null
        $groups = @(Get-EcsSnapshotGroup -Name 'pester-get-*')
        $groups.Count | Should -Be 2
        @($groups.Name | Sort-Object) | Should -Be @('pester-get-1', 'pester-get-2')
    }

    It 'gets the groups of a piped instance' {
        $groups = @($script:Web | Get-EcsSnapshotGroup)
        $groups.Count | Should -BeGreaterThan 1
        $groups | ForEach-Object { $_.InstanceId | Should -Be $script:Web.InstanceId }
    }

    It 'gets the group of a piped result once' {
        $groups = @($script:Result | Get-EcsSnapshotGroup)
        $groups.Count | Should -Be 1
        $groups[0].SnapshotGroupId | Should -Be $script:Result.SnapshotGroupId
    }

    It 'gets nothing for an instance without groups' {
        @(Get-EcsInstance -Tag @{ role = 'fileserver' } | Get-EcsSnapshotGroup).Count | Should -Be 0
    }

    It 'reports an unknown group id' {
        Get-EcsSnapshotGroup -SnapshotGroupId 'ssg-doesnotexist0000' -ErrorVariable groupErrors -ErrorAction SilentlyContinue
        $groupErrors[0].FullyQualifiedErrorId | Should -Be 'SnapshotGroupNotFound,AppSnapshot.Commands.GetEcsSnapshotGroupCommand'
    }

    It 'refuses an id that is not a group id' {
        { Get-EcsSnapshotGroup -SnapshotGroupId 'i-0123456789' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.GetEcsSnapshotGroupCommand'
    }

    It 'formats groups as a table led by consistency and status, then the group and its instance' {
        $text = Get-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId | Format-Table | Out-String
        $text | Should -Match 'Consistency\s+Status\s+SnapshotGroupId\s+InstanceId'
        $text | Should -Match $script:Result.SnapshotGroupId
    }
}
