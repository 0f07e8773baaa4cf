# Tab completion in the real engine (TabExpansion2), against the emulator: -ProfileName from the
# credentials file, -RamRoleName from the account's roles, -ExcludeDiskId from the disks of the
# instance on the command line, -InvokeId from the runs of this session still pending, and
# -SnapshotGroupId from the groups of the region. The cmdlets that make the data run with -Debug -Verbose.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Import-Module -Name (Get-BuiltManifestPath) -Force -ErrorAction Stop
    $script:Emulator = Start-TestEmulator -SpeedFactor 0.02
    $script:SavedEnvironment = Set-TestEnvironment -Endpoint $script:Emulator.Endpoint

    function Get-Completion {
        # The completions PowerShell offers at the end of the line: CompletionText and ToolTip.
        param([string] $Line)
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches)
    }
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Restore-TestEnvironment -Saved $script:SavedEnvironment
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Tab completion' {
    Context '-ProfileName' {
        BeforeAll {
            $script:Ini = Join-Path ([System.IO.Path]::GetTempPath()) ('appsnapshot-complete-' + [guid]::NewGuid().ToString('N') + '.ini')
            Set-Content -Path $script:Ini -Value "[ops]`naccess_key_id = LTAI5tEmulatorAccess01`naccess_key_secret = x`nregion_id = cn-shanghai`n`n[backup team]`naccess_key_id = LTAI5tEmulatorAccess01`naccess_key_secret = x`n"
            $script:SavedFile = @{ ALIBABA_CLOUD_CREDENTIALS_FILE = $env:ALIBABA_CLOUD_CREDENTIALS_FILE; ALIBABA_CLOUD_CLI_PROFILE_DISABLED = $env:ALIBABA_CLOUD_CLI_PROFILE_DISABLED }
            $env:ALIBABA_CLOUD_CREDENTIALS_FILE = $script:Ini
            $env:ALIBABA_CLOUD_CLI_PROFILE_DISABLED = 'true'
        }

        AfterAll {
            foreach ($name in $script:SavedFile.Keys) { [Environment]::SetEnvironmentVariable($name, $script:SavedFile[$name]) }
            Remove-Item -Path $script:Ini -Force -ErrorAction SilentlyContinue
        }

        It 'offers the profiles of the credentials file on <_>' -ForEach @('Get-EcsInstance', 'Set-AppSnapshotDefault', 'Remove-EcsSnapshotGroup') {
            $offered = Get-Completion "$_ -ProfileName "
            $offered.CompletionText | Should -Be @("'backup team'", 'ops')
            ($offered | Where-Object CompletionText -EQ 'ops').ToolTip | Should -Be "$($script:Ini), region cn-shanghai"
        }

        It 'narrows by the typed prefix' {
            (Get-Completion 'Get-EcsInstance -ProfileName o').CompletionText | Should -Be @('ops')
        }
    }

    Context '-RamRoleName' {
        It 'offers the roles of the account on <_>' -ForEach @('Set-EcsInstanceRamRole', 'Remove-EcsInstanceRamRole', 'New-AppConsistentSnapshotGroup') {
            $names = (Get-Completion "$_ -RamRoleName ").CompletionText
            $names | Should -Contain 'EcsSnapshotRole'
            $names | Should -Contain 'NoPolicyRole'
        }

        It 'narrows by the typed text with the description as tooltip' {
            $match = @(Get-Completion 'Set-EcsInstanceRamRole -RamRoleName EcsSnap')
            $match.CompletionText | Should -Be @('EcsSnapshotRole')
            $match[0].ToolTip | Should -Be 'Instance role with snapshot rights'
        }
    }

    Context '-ExcludeDiskId' {
        It 'offers the disks of the instance named by -InstanceId, data disks first' {
            $mysql = Get-EcsInstance -Tag @{ role = 'mysql' } -Debug -Verbose 5>$null 4>$null
            $offered = Get-Completion "New-AppConsistentSnapshotGroup -InstanceId $($mysql.InstanceId) -ExcludeDiskId "
            $offered.Count | Should -BeGreaterThan 1
            $offered[0].ToolTip | Should -Match '\(data, '
            $offered[-1].ToolTip | Should -Match '\(system, '
            $offered | ForEach-Object { $_.CompletionText | Should -Match '^d-' }
        }

        It 'offers nothing without an instance' {
            Get-Completion 'New-AppConsistentSnapshotGroup -ExcludeDiskId ' | Should -BeNullOrEmpty
        }
    }

    Context '-InvokeId' {
        BeforeAll {
            $script:Web = Get-EcsInstance -Tag @{ role = 'web' } -Debug -Verbose 5>$null 4>$null
            $script:Invocation = $script:Web | New-AppConsistentSnapshotGroup -Name pester-pending -NoScripts -NoWait -Confirm:$false -Debug -Verbose 5>$null 4>$null
        }

        It 'offers the runs of this session that are still pending, and no longer once they are picked up' {
            $match = @(Get-Completion 'Get-AppSnapshotResult -InvokeId t-')
            $match.CompletionText | Should -Contain $script:Invocation.InvokeId
            ($match | Where-Object CompletionText -EQ $script:Invocation.InvokeId).ToolTip | Should -Match ([regex]::Escape($script:Web.InstanceId))

            Get-AppSnapshotResult -Wait -TimeoutSeconds 120 -Debug -Verbose 5>$null 4>$null | Out-Null
            (Get-Completion 'Get-AppSnapshotResult -InvokeId t-').CompletionText | Should -Not -Contain $script:Invocation.InvokeId
        }
    }

    Context '-SnapshotGroupId' {
        BeforeAll {
            $script:Result = Get-EcsInstance -Tag @{ role = 'web' } -Debug -Verbose 5>$null 4>$null |
                New-AppConsistentSnapshotGroup -Name pester-complete -NoScripts -TimeoutSeconds 120 -Confirm:$false -Debug -Verbose 5>$null 4>$null
        }

        It 'offers the groups of the region with their names on <_>' -ForEach @('Get-EcsSnapshotGroup', 'Remove-EcsSnapshotGroup', 'Restore-EcsSnapshotGroup') {
            $script:Result.SnapshotGroupId | Should -Match '^ssg-'
            $match = @(Get-Completion "$_ -SnapshotGroupId ssg-")
            $match.CompletionText | Should -Contain $script:Result.SnapshotGroupId
            ($match | Where-Object CompletionText -EQ $script:Result.SnapshotGroupId).ToolTip | Should -Match '^pester-complete \('
        }
    }
}
