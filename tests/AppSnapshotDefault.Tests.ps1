# Set-/Get-/Clear-AppSnapshotDefault in the real engine: values, checks, -WhatIf, and the order
# parameter > session default > environment > profile file as every cloud cmdlet applies it,
# read from the -Debug "where it came from" lines. Every cmdlet runs with -Debug -Verbose.
# Session defaults are process-wide: every test starts and ends with none. With -Debug, PowerShell
# asks before each warning, so calls that may warn (an unknown profile) say -WarningAction.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # Imported here, not from the helper module, so the cmdlets are visible to this file.
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Import-Module -Name (Get-BuiltManifestPath) -Force -ErrorAction Stop
    $script:Emulator = Start-TestEmulator
    $script:SavedEnvironment = Set-TestEnvironment -Endpoint 'http://127.0.0.1:9' -RegionId 'cn-hangzhou'
    # The environment points at a closed port: only a session default endpoint reaches the emulator.
    $secret = ConvertTo-SecureString -String 'EmulatorSecretDoNotUseInProd01' -AsPlainText -Force
    $script:Key = New-Object System.Management.Automation.PSCredential ('LTAI5tEmulatorAccess01', $secret)

    function Invoke-Streams {
        # Runs a script block with -Debug -Verbose inside it; returns objects, debug and verbose lines apart.
        param([scriptblock] $Command)
        $all = @(& $Command 5>&1 4>&1)
        [pscustomobject]@{
            Output  = @($all | Where-Object { $_ -isnot [System.Management.Automation.DebugRecord] -and $_ -isnot [System.Management.Automation.VerboseRecord] })
            Debug   = @($all | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | ForEach-Object Message)
            Verbose = @($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        }
    }
}

AfterAll {
    Clear-AppSnapshotDefault -ErrorAction SilentlyContinue
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Restore-TestEnvironment -Saved $script:SavedEnvironment
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Set-, Get- and Clear-AppSnapshotDefault' {
    BeforeEach { Clear-AppSnapshotDefault -Debug -Verbose 5>$null 4>$null }
    AfterEach { Clear-AppSnapshotDefault -Debug -Verbose 5>$null 4>$null }

    It 'starts with no defaults' {
        $defaults = Get-AppSnapshotDefault -Debug -Verbose
        $defaults.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.AppSnapshotDefault'
        $defaults.RegionId | Should -BeNullOrEmpty
        $defaults.ProfileName | Should -BeNullOrEmpty
        $defaults.Endpoint | Should -BeNullOrEmpty
    }

    It 'sets only the values given, says so on the verbose stream and writes the result with -PassThru' {
        $run = Invoke-Streams { Set-AppSnapshotDefault -RegionId cn-beijing -Endpoint http://127.0.0.1:8787 -PassThru -Debug -Verbose }
        $run.Output.Count | Should -Be 1
        $run.Output[0].RegionId | Should -Be 'cn-beijing'
        $run.Output[0].Endpoint | Should -Be 'http://127.0.0.1:8787'
        $run.Verbose | Should -Contain 'Session default RegionId: cn-beijing (was not set).'
        $run.Verbose | Should -Contain 'Session default Endpoint: http://127.0.0.1:8787 (was not set).'

        Set-AppSnapshotDefault -ProfileName ops -Debug -Verbose -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $now = Get-AppSnapshotDefault -Debug -Verbose
        @($now.RegionId, $now.ProfileName, $now.Endpoint) | Should -Be @('cn-beijing', 'ops', 'http://127.0.0.1:8787')
    }

    It 'shows the defaults in a table with RegionId, ProfileName and Endpoint' {
        Set-AppSnapshotDefault -RegionId cn-beijing -ProfileName ops -Debug -Verbose -WarningAction SilentlyContinue 5>$null 4>$null
        $text = Get-AppSnapshotDefault | Format-Table | Out-String -Width 80
        $text | Should -Match 'RegionId\s+ProfileName\s+Endpoint'
        $text | Should -Match 'cn-beijing\s+ops'
    }

    It 'refuses a blank <Parameter> naming it, and changes nothing' -ForEach @(
        @{ Parameter = 'RegionId'; Value = '   ' },
        @{ Parameter = 'RegionId'; Value = '' },
        @{ Parameter = 'ProfileName'; Value = ' ' },
        @{ Parameter = 'Endpoint'; Value = '' }
    ) {
        Set-AppSnapshotDefault -RegionId cn-beijing -Debug -Verbose 5>$null 4>$null
        # A valid region beside the blank value: all values are checked before any is stored.
        $arguments = @{ RegionId = 'cn-shanghai' }
        $arguments[$Parameter] = $Value
        $failure = { Set-AppSnapshotDefault @arguments -Debug -Verbose -ErrorAction Stop } | Should -Throw -PassThru -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.SetAppSnapshotDefaultCommand'
        $failure.Exception.Message | Should -Match "-$Parameter cannot be blank"
        $failure.TargetObject | Should -Be $Parameter
        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        (Get-AppSnapshotDefault).RegionId | Should -Be 'cn-beijing'
    }

    It 'refuses a plain http endpoint that is not loopback' {
        { Set-AppSnapshotDefault -Endpoint http://ecs.example.com -Debug -Verbose -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.SetAppSnapshotDefaultCommand'
        (Get-AppSnapshotDefault).Endpoint | Should -BeNullOrEmpty
    }

    It 'asks for at least one value' {
        { Set-AppSnapshotDefault -Debug -Verbose -ErrorAction Stop } | Should -Throw -ErrorId 'AppSnapshotDefaultNotGiven,AppSnapshot.Commands.SetAppSnapshotDefaultCommand'
    }

    It 'changes nothing with -WhatIf' {
        Set-AppSnapshotDefault -RegionId cn-beijing -Debug -Verbose 5>$null 4>$null
        Set-AppSnapshotDefault -RegionId cn-shanghai -WhatIf -Debug -Verbose 5>$null 4>$null
        Clear-AppSnapshotDefault -WhatIf -Debug -Verbose 5>$null 4>$null
        (Get-AppSnapshotDefault).RegionId | Should -Be 'cn-beijing'
    }

    It 'clears only the defaults named, or all without a switch' {
        Set-AppSnapshotDefault -RegionId cn-beijing -ProfileName ops -Endpoint http://127.0.0.1:8787 -Debug -Verbose -WarningAction SilentlyContinue 5>$null 4>$null
        $run = Invoke-Streams { Clear-AppSnapshotDefault -RegionId -PassThru -Debug -Verbose }
        @($run.Verbose | Where-Object { $_ -like 'Session default*' }) | Should -Be @('Session default RegionId: cleared (was cn-beijing).')
        $run.Output[0].RegionId | Should -BeNullOrEmpty
        $run.Output[0].ProfileName | Should -Be 'ops'
        Clear-AppSnapshotDefault -Debug -Verbose 5>$null 4>$null
        $after = Get-AppSnapshotDefault
        @($after.RegionId, $after.ProfileName, $after.Endpoint) | Where-Object { $_ } | Should -BeNullOrEmpty
    }
}

Describe 'The session defaults in the order of the other sources' {
    BeforeEach { Clear-AppSnapshotDefault -Debug -Verbose 5>$null 4>$null }
    AfterEach { Clear-AppSnapshotDefault -Debug -Verbose 5>$null 4>$null }

    It 'uses the default endpoint before APPSNAPSHOT_ENDPOINT and names it on the debug stream' {
        Set-AppSnapshotDefault -Endpoint $script:Emulator.Endpoint -Debug -Verbose 5>$null 4>$null
        $run = Invoke-Streams { Get-EcsInstance -Tag @{ role = 'mysql' } -Credential $script:Key -Debug -Verbose }
        $run.Output.Count | Should -Be 1
        $run.Debug | Should -Contain "Endpoint Ecs cn-hangzhou: $($script:Emulator.Endpoint)/ (session default (Set-AppSnapshotDefault))"
    }

    It 'uses the default region before ALIBABA_CLOUD_REGION_ID, and -RegionId before the default' {
        Set-AppSnapshotDefault -RegionId cn-shanghai -Endpoint $script:Emulator.Endpoint -Debug -Verbose 5>$null 4>$null
        $run = Invoke-Streams { Get-EcsInstance -Credential $script:Key -Debug -Verbose }
        $run.Debug | Should -Contain 'Region: cn-shanghai from session default (Set-AppSnapshotDefault)'
        $run.Output.Count | Should -BeGreaterThan 0
        $run.Output | ForEach-Object { $_.RegionId | Should -Be 'cn-shanghai' }

        $run = Invoke-Streams { Get-EcsInstance -RegionId cn-hangzhou -Credential $script:Key -Debug -Verbose }
        $run.Debug | Should -Contain 'Region: cn-hangzhou from parameter -RegionId'
        $run.Output.Count | Should -BeGreaterThan 0
        $run.Output | ForEach-Object { $_.RegionId | Should -Be 'cn-hangzhou' }
    }

    It 'falls back to the environment once the default is cleared' {
        Set-AppSnapshotDefault -RegionId cn-shanghai -Endpoint $script:Emulator.Endpoint -Debug -Verbose 5>$null 4>$null
        Clear-AppSnapshotDefault -RegionId -Debug -Verbose 5>$null 4>$null
        $run = Invoke-Streams { Get-EcsInstance -Credential $script:Key -Debug -Verbose }
        $run.Debug | Should -Contain 'Region: cn-hangzhou from environment ALIBABA_CLOUD_REGION_ID'
        $run.Output.Count | Should -BeGreaterThan 0
        $run.Output | ForEach-Object { $_.RegionId | Should -Be 'cn-hangzhou' }
    }

    Context 'a default profile' {
        BeforeAll {
            $script:Ini = Join-Path ([System.IO.Path]::GetTempPath()) ('appsnapshot-defaults-' + [guid]::NewGuid().ToString('N') + '.ini')
            Set-Content -Path $script:Ini -Value "[ops]`ntype = access_key`naccess_key_id = LTAI5tEmulatorAccess01`naccess_key_secret = EmulatorSecretDoNotUseInProd01`n"
            $script:SavedFileVariables = @{
                ALIBABA_CLOUD_CREDENTIALS_FILE     = $env:ALIBABA_CLOUD_CREDENTIALS_FILE
                ALIBABA_CLOUD_CLI_PROFILE_DISABLED = $env:ALIBABA_CLOUD_CLI_PROFILE_DISABLED
                ALIBABA_CLOUD_ACCESS_KEY_SECRET    = $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET
            }
            $env:ALIBABA_CLOUD_CREDENTIALS_FILE = $script:Ini
            $env:ALIBABA_CLOUD_CLI_PROFILE_DISABLED = 'true'
            # Wrong environment credentials: only the default profile can authenticate.
            $env:ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'NotTheEmulatorSecret'
        }

        AfterAll {
            foreach ($name in $script:SavedFileVariables.Keys) {
                [Environment]::SetEnvironmentVariable($name, $script:SavedFileVariables[$name])
            }
            Remove-Item -Path $script:Ini -Force -ErrorAction SilentlyContinue
        }

        It 'warns when the default profile is in neither credential file, and not when it is' {
            Set-AppSnapshotDefault -ProfileName nosuchprofile -Debug -Verbose -WarningVariable unknown -WarningAction SilentlyContinue 5>$null 4>$null
            $unknown.Count | Should -Be 1
            "$($unknown[0])" | Should -Match "Profile 'nosuchprofile' is in neither"
            (Get-AppSnapshotDefault).ProfileName | Should -Be 'nosuchprofile'
            Set-AppSnapshotDefault -ProfileName ops -Debug -Verbose -WarningVariable known -WarningAction SilentlyContinue 5>$null 4>$null
            $known.Count | Should -Be 0
        }

        It 'beats the AccessKey environment variables' {
            Set-AppSnapshotDefault -ProfileName ops -Endpoint $script:Emulator.Endpoint -Debug -Verbose -WarningAction SilentlyContinue 5>$null 4>$null
            $run = Invoke-Streams { Get-EcsInstance -Tag @{ role = 'mysql' } -Debug -Verbose }
            $run.Output.Count | Should -Be 1
            $run.Debug | Should -Contain "Credentials: section [ops] (access_key) in $($script:Ini) (LTAI****01), profile named by session default (Set-AppSnapshotDefault)"
            ($run.Debug + $run.Verbose) -join "`n" | Should -Not -Match 'EmulatorSecretDoNotUseInProd01|NotTheEmulatorSecret'
        }

        It 'gives way to -ProfileName, and an unknown default profile says where its name came from' {
            Set-AppSnapshotDefault -ProfileName missing -Endpoint $script:Emulator.Endpoint -Debug -Verbose -WarningAction SilentlyContinue 5>$null 4>$null
            $failure = { Get-EcsInstance -Debug -Verbose -ErrorAction Stop } | Should -Throw -PassThru -ErrorId 'AcsConfiguration,AppSnapshot.Commands.GetEcsInstanceCommand'
            $failure.Exception.Message | Should -Match "Profile 'missing' \(from session default \(Set-AppSnapshotDefault\)\) was not found"
            @(Get-EcsInstance -ProfileName ops -Tag @{ role = 'mysql' } -Debug -Verbose 5>$null 4>$null).Count | Should -Be 1
        }
    }
}
