# Get-EcsSnapshotGroup against the emulator (sped up 50x): groups made in BeforeAll (two of the web
# instance, one of another instance), found by id, name pattern, instance and piped results, each with
# its snapshots. Nothing here changes state after BeforeAll.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession -SpeedFactor 0.02
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }
    $script:Mixed = Get-EcsInstance -Tag @{ role = 'mixed' }
    $script:Result = New-FinishedSnapshotGroup -Session $script:Session -Instance $script:Web -Name pester-get-1
    New-FinishedSnapshotGroup -Session $script:Session -Instance $script:Web -Name pester-get-2 | Out-Null
    New-FinishedSnapshotGroup -Session $script:Session -Instance $script:Mixed -Name pester-other | Out-Null
    $script:WithoutGroups = Get-EcsInstance -Tag @{ role = 'fileserver' }
}

AfterAll {
    Stop-TestSession -Session $script:Session
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
        $groups = @(Get-EcsSnapshotGroup -Name 'pester-get-*')
        $groups.Count | Should -Be 2
        @($groups.Name | Sort-Object) | Should -Be @('pester-get-1', 'pester-get-2')
    }

    It 'gets the groups of the instance named by -InstanceId, and only those' {
        $groups = @(Get-EcsSnapshotGroup -InstanceId $script:Web.InstanceId)
        @($groups.Name | Sort-Object) | Should -Be @('pester-get-1', 'pester-get-2')
        $groups | ForEach-Object { $_.InstanceId | Should -Be $script:Web.InstanceId }
    }

    It 'gets the groups of a piped instance, and only those' {
        $groups = @($script:Web | Get-EcsSnapshotGroup -ErrorVariable groupErrors)
        $groupErrors | Should -BeNullOrEmpty
        @($groups.Name | Sort-Object) | Should -Be @('pester-get-1', 'pester-get-2')
        $groups | ForEach-Object { $_.InstanceId | Should -Be $script:Web.InstanceId }
    }

    It 'gets the group of a piped result once' {
        $groups = @($script:Result | Get-EcsSnapshotGroup -ErrorVariable groupErrors)
        $groupErrors | Should -BeNullOrEmpty
        $groups.Count | Should -Be 1
        $groups[0].SnapshotGroupId | Should -Be $script:Result.SnapshotGroupId
    }

    It 'gets nothing for an instance without groups named by -InstanceId' {
        @(Get-EcsSnapshotGroup -InstanceId $script:WithoutGroups.InstanceId).Count | Should -Be 0
    }

    It 'gets nothing for a piped instance without groups' {
        @($script:WithoutGroups | Get-EcsSnapshotGroup -ErrorVariable groupErrors).Count | Should -Be 0
        $groupErrors | Should -BeNullOrEmpty
    }

    It 'reports an unknown group id' {
        Get-EcsSnapshotGroup -SnapshotGroupId 'ssg-doesnotexist0000' -ErrorVariable groupErrors -ErrorAction SilentlyContinue
        $groupErrors[0].FullyQualifiedErrorId | Should -Be 'SnapshotGroupNotFound,AppSnapshot.Commands.GetEcsSnapshotGroupCommand'
    }

    It 'refuses an id that is not a group id' {
        { Get-EcsSnapshotGroup -SnapshotGroupId 'i-0123456789' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.GetEcsSnapshotGroupCommand'
    }

    It 'formats groups as a table led by consistency and status, then the group and its instance' {
        $text = Get-EcsSnapshotGroup -SnapshotGroupId $script:Result.SnapshotGroupId | Format-Table | Out-String -Width 120
        $text | Should -Match 'Consistency\s+Status\s+SnapshotGroupId\s+InstanceId'
        $text | Should -Match $script:Result.SnapshotGroupId
    }
}
