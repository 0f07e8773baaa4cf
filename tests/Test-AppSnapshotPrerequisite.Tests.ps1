# Test-AppSnapshotPrerequisite against the emulator's default fixture: one report per instance with
# every check; the fixture's problem instances fail the matching check.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession

    function Get-FailedCheckName {
        param($Report)
        @($Report.Checks | Where-Object { -not $_.Passed } | ForEach-Object { $_.Name })
    }
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Test-AppSnapshotPrerequisite' {
    It 'reports the MySQL instance ready, with typed checks' {
        $report = Get-EcsInstance -Tag @{ role = 'mysql' } | Test-AppSnapshotPrerequisite
        $report.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.PrerequisiteReport'
        $report.InstanceName | Should -Be 'mysql-centos79'
        $report.Platform | Should -Be 'Linux'
        $report.Ready | Should -BeTrue
        @($report.Checks).Count | Should -BeGreaterThan 3
        $report.Checks[0].PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.PrerequisiteCheck'
        $report.Checks.Name | Should -Contain 'RamRoleAttached'
    }

    It 'fails RamRoleAttached on the instance without a role, with a remedy' {
        $report = Get-EcsInstance -Tag @{ role = 'no-role' } | Test-AppSnapshotPrerequisite
        $report.Ready | Should -BeFalse
        Get-FailedCheckName $report | Should -Contain 'RamRoleAttached'
        ($report.Checks | Where-Object Name -EQ 'RamRoleAttached').Remedy | Should -Not -BeNullOrEmpty
    }

    It 'fails RamRolePolicy on the instance whose role has no snapshot rights' {
        $report = Get-EcsInstance -Tag @{ role = 'weak-role' } | Test-AppSnapshotPrerequisite
        $report.Ready | Should -BeFalse
        Get-FailedCheckName $report | Should -Contain 'RamRolePolicy'
    }

    It 'fails InstanceRunning on the stopped instance' {
        $report = Get-EcsInstance -Tag @{ role = 'stopped' } | Test-AppSnapshotPrerequisite
        $report.Ready | Should -BeFalse
        Get-FailedCheckName $report | Should -Contain 'InstanceRunning'
    }

    It 'is not ready without ESSD disks, nor on Windows Server 2008 R2' {
        (Get-EcsInstance -Tag @{ role = 'legacy-disks' } | Test-AppSnapshotPrerequisite).Ready | Should -BeFalse
        (Get-EcsInstance -Tag @{ role = 'legacy' } | Test-AppSnapshotPrerequisite).Ready | Should -BeFalse
    }

    It 'returns one bool per instance with -Quiet' {
        $mysql = Get-EcsInstance -Tag @{ role = 'mysql' }
        $noRole = Get-EcsInstance -Tag @{ role = 'no-role' }
        $ready = @(Test-AppSnapshotPrerequisite -InstanceId $mysql.InstanceId, $noRole.InstanceId -Quiet)
        $ready.Count | Should -Be 2
        $ready | ForEach-Object { $_ | Should -BeOfType [bool] }
        $ready | Should -Contain $true
        $ready | Should -Contain $false
    }

    It 'reports an unknown id by FullyQualifiedErrorId' {
        Test-AppSnapshotPrerequisite -InstanceId 'i-doesnotexist0000' -ErrorVariable checkErrors -ErrorAction SilentlyContinue
        $checkErrors[0].FullyQualifiedErrorId | Should -Be 'InstanceNotFound,AppSnapshot.Commands.TestAppSnapshotPrerequisiteCommand'
    }

    It 'formats the report as a table with the failed checks' {
        # A fixed width: the console's (80 columns when redirected) would cut the last column off.
        $text = Get-EcsInstance -Tag @{ role = 'no-role' } | Test-AppSnapshotPrerequisite | Format-Table | Out-String -Width 250
        $text | Should -Match 'FailedChecks'
        $text | Should -Match 'RamRoleAttached'
    }
}
