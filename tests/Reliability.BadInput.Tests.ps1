# The bad-input sweep, in the real engine against the emulator: every value below is refused before any call
# to the service (the emulator counts no call at all), with the parameter it came from named, so none of them
# can reach the plug-in command line that Cloud Assistant runs as root or SYSTEM.
# With APPSNAPSHOT_RELIABILITY_OUT set, the counts are written to bad-inputs.json there (build.ps1 -Task Reliability).

BeforeDiscovery {
    # Every printable ASCII character that is not allowed in a group name, each control character, and letters that
    # a Windows code page's best-fit mapping may turn into a quote or a metacharacter.
    $unsafe = @([char[]](32..126) | Where-Object { $_ -notmatch '[A-Za-z0-9:_.\-]' }) + @([char[]](0..31)) + @([char]127) +
        @(0x02B9, 0x02BA, 0x02BC, 0x2018, 0x2019, 0x201C, 0x201D, 0x2032, 0x2033, 0xFF02, 0xFF07, 0xFF1B, 0xFF5C, 0xFF04, 0xFF06, 0xFF1C, 0xFF1E,
            0x00C9, 0x00E9, 0x0416, 0x03A9, 0x0661, 0x3000, 0x200B, 0xFEFF | ForEach-Object { [char]$_ })
    $script:NameCases = @($unsafe | ForEach-Object { @{ Value = "ab$($_)c"; Code = [int]$_ } }) + @(
        @{ Value = '1abc'; Code = 0 }, @{ Value = '-abc'; Code = 0 }, @{ Value = 'a'; Code = 0 }, @{ Value = 'http://x'; Code = 0 },
        @{ Value = ('a' * 129); Code = 0 }, @{ Value = 'a$(reboot)'; Code = 0 }, @{ Value = 'a`id`'; Code = 0 }, @{ Value = "a`nreboot"; Code = 0 })
    $script:DescriptionCases = @($unsafe | Where-Object { $_ -notmatch '[ ()@+=#/]' } | ForEach-Object { @{ Value = "ok $($_) text"; Code = [int]$_ } }) + @(
        @{ Value = '   '; Code = 0 }, @{ Value = "`t`t"; Code = 0 }, @{ Value = 'x'; Code = 0 }, @{ Value = ('d' * 257); Code = 0 }, @{ Value = 'https://evil'; Code = 0 })
    $script:DiskCases = @('d-ABC', 'd-a;b', 'x-abc', 'd-', 'd-a b', "d-a`nb", ('d-' + 'a' * 63)) | ForEach-Object { @{ Value = $_ } }
    $script:RoleCases = @('a;b', 'a b', 'rôle', ('r' * 65), 'a"b', "a`nb") | ForEach-Object { @{ Value = $_ } }
    $script:CredentialCases = @('LTAI5t,SignedHeaders=host', "LTAI5t`r`nX-Injected: 1", 'LTAI5té', 'LTAI5t Key', 'LTAI5t"') | ForEach-Object { @{ Value = $_ } }
    # Test names show control characters escaped (\xNN): a raw NUL or line break in a name breaks the NUnit report.
    foreach ($case in @($script:NameCases + $script:DescriptionCases + $script:DiskCases + $script:RoleCases + $script:CredentialCases)) {
        $case.Shown = $case.Value -replace '[\x00-\x1F\x7F]', { '\x{0:X2}' -f [int][char]$_.Value }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator -SpeedFactor 0.02
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Import-Module -Name (Get-BuiltManifestPath) -Force
    $secret = ConvertTo-SecureString 'EmulatorSecretDoNotUseInProd01' -AsPlainText -Force
    $script:Connection = @{
        Endpoint   = $script:Emulator.Endpoint
        RegionId   = 'cn-hangzhou'
        Credential = [pscredential]::new('LTAI5tEmulatorAccess01', $secret)
    }
    $script:Tally = @{ Cases = 0; RefusedBeforeAnyCall = 0; ParameterNamed = 0; ReachedTheService = 0 }

    function Get-CallCount {
        $calls = Invoke-RestMethod -Uri "$($script:Emulator.Endpoint)/_emulator/calls"
        $total = 0
        foreach ($action in $calls.PSObject.Properties) { $total += $action.Value }
        $total
    }

    # Runs a command that must be refused: returns the error, after checking that no call reached the emulator
    # and that the error names the parameter.
    function Assert-RefusedBeforeAnyCall {
        param([scriptblock] $Command, [string] $Parameter)
        $script:Tally.Cases++
        $before = Get-CallCount
        $refusal = $null
        try {
            & $Command -ErrorAction Stop | Out-Null
        }
        catch {
            $refusal = $_
        }
        $after = Get-CallCount
        if ($after -ne $before) { $script:Tally.ReachedTheService++ }
        $refusal | Should -Not -BeNullOrEmpty -Because 'the value must be refused'
        $after | Should -Be $before -Because 'nothing may reach the service'
        $script:Tally.RefusedBeforeAnyCall++
        $bindingName = if ($refusal.Exception.PSObject.Properties['ParameterName']) { $refusal.Exception.ParameterName } else { $null }
        $details = if ($refusal.ErrorDetails) { $refusal.ErrorDetails.Message } else { '' }
        $named = $bindingName -eq $Parameter -or "$($refusal.TargetObject)" -eq $Parameter -or
            "$($refusal.Exception.Message) $details" -match [regex]::Escape("-$Parameter")
        $named | Should -BeTrue -Because "the refusal must name -$Parameter ($($refusal.FullyQualifiedErrorId): $($refusal.Exception.Message))"
        $script:Tally.ParameterNamed++
        $refusal
    }
}

AfterAll {
    if ($env:APPSNAPSHOT_RELIABILITY_OUT) {
        New-Item -ItemType Directory -Path $env:APPSNAPSHOT_RELIABILITY_OUT -Force | Out-Null
        $script:Tally | ConvertTo-Json | Set-Content -Path (Join-Path $env:APPSNAPSHOT_RELIABILITY_OUT 'bad-inputs.json')
    }
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Values embedded in the plug-in command' {
    It 'refuses the group name <Shown> (U+<Code>)' -ForEach $script:NameCases {
        Assert-RefusedBeforeAnyCall -Parameter 'Name' {
            New-AppConsistentSnapshotGroup -InstanceId 'i-ubuntu2204' -Name $Value -Confirm:$false @script:Connection
        }
    }

    It 'refuses the description <Shown> (U+<Code>)' -ForEach $script:DescriptionCases {
        Assert-RefusedBeforeAnyCall -Parameter 'Description' {
            New-AppConsistentSnapshotGroup -InstanceId 'i-ubuntu2204' -Name 'ok-name' -Description $Value -Confirm:$false @script:Connection
        }
    }

    It 'refuses the disk id <Shown>' -ForEach $script:DiskCases {
        Assert-RefusedBeforeAnyCall -Parameter 'ExcludeDiskId' {
            New-AppConsistentSnapshotGroup -InstanceId 'i-ubuntu2204' -ExcludeDiskId $Value -Confirm:$false @script:Connection
        }
    }

    It 'refuses the role name <Shown>' -ForEach $script:RoleCases {
        Assert-RefusedBeforeAnyCall -Parameter 'RamRoleName' {
            New-AppConsistentSnapshotGroup -InstanceId 'i-ubuntu2204' -RamRoleName $Value -Confirm:$false @script:Connection
        }
        Assert-RefusedBeforeAnyCall -Parameter 'RamRoleName' {
            Set-EcsInstanceRamRole -InstanceId 'i-no-role' -RamRoleName $Value -Confirm:$false @script:Connection
        }
    }
}

Describe 'Connection parameters' {
    It 'refuses a blank -<Parameter>' -ForEach @(@{ Parameter = 'RegionId' }, @{ Parameter = 'ProfileName' }, @{ Parameter = 'Endpoint' }) {
        $arguments = @{ Endpoint = $script:Emulator.Endpoint; Credential = $script:Connection.Credential; RegionId = 'cn-hangzhou' }
        $arguments[$Parameter] = '   '
        Assert-RefusedBeforeAnyCall -Parameter $Parameter { Get-EcsInstance @arguments }
    }

    It 'refuses the AccessKey id <Shown>' -ForEach $script:CredentialCases {
        $credential = [pscredential]::new($Value, $script:Connection.Credential.Password)
        Assert-RefusedBeforeAnyCall -Parameter 'Credential' {
            Get-EcsInstance -Endpoint $script:Emulator.Endpoint -RegionId 'cn-hangzhou' -Credential $credential
        }
    }

    It 'names a blank -Credential user name as such' {
        $credential = [pscredential]::new(' ', $script:Connection.Credential.Password)
        $refusal = Assert-RefusedBeforeAnyCall -Parameter 'Credential' {
            Get-EcsInstance -Endpoint $script:Emulator.Endpoint -RegionId 'cn-hangzhou' -Credential $credential
        }
        $refusal.Exception.Message | Should -Match 'user name.*AccessKey id.*blank'
    }
}

Describe 'Script files' {
    BeforeAll {
        $script:Good = Join-Path $TestDrive 'good.sh'
        Set-Content -Path $script:Good -Value '#!/bin/bash', 'exit 0'
        $script:Sparse = Join-Path $TestDrive 'huge.sh'
        $stream = [System.IO.File]::Create($script:Sparse)
        $stream.SetLength(200 * 1024 * 1024)
        $stream.Dispose()
        $script:Binary = Join-Path $TestDrive 'binary.sh'
        [System.IO.File]::WriteAllBytes($script:Binary, [byte[]](0x7F, 0x45, 0x4C, 0x46, 0, 2))
        $script:Empty = Join-Path $TestDrive 'empty.sh'
        [System.IO.File]::WriteAllBytes($script:Empty, [byte[]]@())
        $script:Fifo = Join-Path $TestDrive 'pipe.sh'
        if (-not $IsWindows) { & mkfifo $script:Fifo }
    }

    It 'refuses <Name> before reading it' -ForEach @(
        @{ Name = 'a directory'; Path = { $TestDrive }; Pattern = 'is a directory' }
        @{ Name = 'a 200 MB file'; Path = { $script:Sparse }; Pattern = 'Nothing was read' }
        @{ Name = 'a binary file'; Path = { $script:Binary }; Pattern = 'is binary' }
        @{ Name = 'an empty file'; Path = { $script:Empty }; Pattern = 'not a regular file' }
        @{ Name = 'a pipe'; Path = { $script:Fifo }; Pattern = 'not a regular file' }
        @{ Name = '/dev/zero'; Path = { '/dev/zero' }; Pattern = 'not a regular file' }
    ) {
        $file = & $Path
        if ($IsWindows -and $file -match '^/dev|pipe') { Set-ItResult -Skipped -Because 'no pipes or devices in the Windows file system' }
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $refusal = Assert-RefusedBeforeAnyCall -Parameter 'PreScriptPath' {
            Send-AppSnapshotScript -InstanceId 'i-mysql-centos79' -PreScriptPath $file -PostScriptPath $script:Good -Confirm:$false @script:Connection
        }
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 2
        $refusal.Exception.Message | Should -Match $Pattern
    }

    It 'keeps ScriptFileNotFound for a missing file' {
        $refusal = Assert-RefusedBeforeAnyCall -Parameter 'PreScriptPath' {
            Send-AppSnapshotScript -InstanceId 'i-mysql-centos79' -PreScriptPath (Join-Path $TestDrive 'missing.sh') -PostScriptPath $script:Good -Confirm:$false @script:Connection
        }
        $refusal.FullyQualifiedErrorId | Should -Be 'ScriptFileNotFound,AppSnapshot.Commands.SendAppSnapshotScriptCommand'
    }
}

Describe 'Other limits' {
    It 'refuses -OlderThan beyond what dates can hold' {
        $refusal = Assert-RefusedBeforeAnyCall -Parameter 'OlderThan' {
            Remove-EcsSnapshotGroup -OlderThan ([timespan]::MaxValue) -Confirm:$false @script:Connection
        }
        $refusal.FullyQualifiedErrorId | Should -Be 'InvalidParameterValue,AppSnapshot.Commands.RemoveEcsSnapshotGroupCommand'
    }

    It 'refuses an empty -SnapshotGroupId instead of listing the whole region' {
        Assert-RefusedBeforeAnyCall -Parameter 'SnapshotGroupId' { Get-EcsSnapshotGroup -SnapshotGroupId @() @script:Connection }
        Assert-RefusedBeforeAnyCall -Parameter 'SnapshotGroupId' { Remove-EcsSnapshotGroup -SnapshotGroupId @() -Confirm:$false @script:Connection }
    }

    It 'refuses an id that is not an invocation id' {
        Assert-RefusedBeforeAnyCall -Parameter 'InvokeId' { Get-AppSnapshotResult -InvokeId 'ssg-0123456789' @script:Connection }
    }

    It 'refuses a policy name with a space' {
        Assert-RefusedBeforeAnyCall -Parameter 'PolicyName' { Initialize-AppSnapshotRamRole -PolicyName 'a b' -Confirm:$false @script:Connection }
    }

    It 'counted every case as refused before any call, with the parameter named' {
        $script:Tally.Cases | Should -BeGreaterThan 150
        $script:Tally.RefusedBeforeAnyCall | Should -Be $script:Tally.Cases
        $script:Tally.ParameterNamed | Should -Be $script:Tally.Cases
        $script:Tally.ReachedTheService | Should -Be 0
    }
}
