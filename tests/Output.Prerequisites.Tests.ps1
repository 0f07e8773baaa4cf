# Test-AppSnapshotPrerequisite in the real engine against the emulator: a passed check is not an error,
# informational checks are not failures, a multi-attach disk is a warning that it will be skipped.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'OutputTestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator
    $script:Conn = New-EmulatorConnection -Endpoint $script:Emulator.Endpoint
    Import-BuiltModuleGlobally | Out-Null

    $script:Reports = @{}
    foreach ($role in 'web', 'sqlserver', 'shared-disk', 'no-role') {
        $script:Reports[$role] = Get-EcsInstance @script:Conn -Tag @{ role = $role } | Test-AppSnapshotPrerequisite @script:Conn
    }
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Prerequisite reports' {
    It 'gives a passed check the severity None and no remedy' {
        foreach ($report in $script:Reports['web'], $script:Reports['sqlserver']) {
            $passed = @($report.Checks | Where-Object Passed -EQ $true)
            $passed.Count | Should -BeGreaterThan 3
            $passed | ForEach-Object { $_.Severity | Should -Be 'None' -Because $_.Name }
            $passed | ForEach-Object { $_.Remedy | Should -BeNullOrEmpty -Because $_.Name }
        }
    }

    It 'does not count the informational checks as failures of a ready instance' {
        $report = $script:Reports['web']
        $report.Ready | Should -BeTrue
        @($report.FailedChecks).Count | Should -Be 0
        foreach ($name in 'Scripts', 'FileSystems') {
            $check = $report.Checks | Where-Object Name -EQ $name
            $check.Severity | Should -Be 'Information'
            $check.Passed | Should -BeNullOrEmpty
        }
    }

    It 'keeps an instance with a multi-attach data disk ready, with a warning that the disk will be skipped' {
        $report = $script:Reports['shared-disk']
        $report.Ready | Should -BeTrue
        @($report.WarningChecks) | Should -Be @('MultiAttachDisks')
        $check = $report.Checks | Where-Object Name -EQ 'MultiAttachDisks'
        $check.Severity | Should -Be 'Warning'
        $check.Detail | Should -Match 'skipped'
        Get-EcsInstance @script:Conn -Tag @{ role = 'shared-disk' } | Test-AppSnapshotPrerequisite @script:Conn -Quiet | Should -BeTrue
    }

    It 'lists only the blocking checks as FailedChecks of an instance that is not ready' {
        $report = $script:Reports['no-role']
        $report.Ready | Should -BeFalse
        @($report.FailedChecks) | Should -Be @('RamRoleAttached')
    }

    It 'shows FailedChecks, not the informational checks, in the table' {
        $text = $script:Reports['web'], $script:Reports['no-role'] | Format-Table | Out-String -Width 120
        $text | Should -Not -Match 'FileSystems'
        $text | Should -Not -Match 'Scripts'
        $text | Should -Match 'RamRoleAttached'
    }
}
