# The secret scan, in the real engine: every cmdlet on its success and failure paths (wrong secret, unreachable
# endpoint, lost answers, refused values, credentials from the environment), with -Debug and -Verbose, every stream
# captured, every error expanded (Get-Error, Format-List * -Force), the transcript read back: the AccessKey secrets
# appear nowhere, in plain, URL-encoded or Base64 form.
# With APPSNAPSHOT_RELIABILITY_OUT set, the figures are written to secret-scan.json there (build.ps1 -Task Reliability).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator -SpeedFactor 0.02
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Import-Module -Name (Get-BuiltManifestPath) -Force
    $script:Secrets = @('EmulatorSecretDoNotUseInProd01', 'Wrong-Secret-Value-9f3c2a1b')
    $script:Forms = foreach ($secret in $script:Secrets) {
        $secret
        [uri]::EscapeDataString($secret)
        [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($secret))
    }
    function New-Credential([string] $Secret) {
        [pscredential]::new('LTAI5tEmulatorAccess01', (ConvertTo-SecureString $Secret -AsPlainText -Force))
    }
    function Get-FreeTcpPortForScan {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
    }

    $script:Good = @{ Endpoint = $script:Emulator.Endpoint; RegionId = 'cn-hangzhou'; Credential = (New-Credential $script:Secrets[0]) }
    $script:Wrong = @{ Endpoint = $script:Emulator.Endpoint; RegionId = 'cn-hangzhou'; Credential = (New-Credential $script:Secrets[1]) }
    $script:Closed = @{ Endpoint = "http://127.0.0.1:$(Get-FreeTcpPortForScan)"; RegionId = 'cn-hangzhou'; Credential = (New-Credential $script:Secrets[0]) }
    $script:Text = [System.Text.StringBuilder]::new()
    $script:Runs = 0

    function Set-Fault([string] $Action, [hashtable] $Settings) {
        Invoke-RestMethod -Method Post -Uri "$($script:Emulator.Endpoint)/_emulator/faults/$Action" -ContentType 'application/json' -Body ($Settings | ConvertTo-Json) | Out-Null
    }

    # Runs one command with every stream merged and keeps the text of everything it said.
    function Invoke-Scanned([scriptblock] $Command) {
        $script:Runs++
        $records = [System.Collections.Generic.List[object]]::new()
        # Preferences reach the cmdlets inside the script block (as -Debug -Verbose on each of them would).
        $DebugPreference = 'Continue'
        $VerbosePreference = 'Continue'
        $InformationPreference = 'Continue'
        $ErrorActionPreference = 'Continue'
        try {
            & $Command *>&1 | ForEach-Object { $records.Add($_) }
        }
        catch {
            # A terminating error is said too: keep it with the rest.
            $records.Add($_)
        }
        foreach ($record in $records) {
            [void] $script:Text.AppendLine(($record | Out-String -Width 400))
            if ($record -is [System.Management.Automation.ErrorRecord]) {
                [void] $script:Text.AppendLine(($record | Format-List * -Force | Out-String -Width 400))
                [void] $script:Text.AppendLine(($record | Get-Error | Out-String -Width 400))
                for ($e = $record.Exception; $e; $e = $e.InnerException) {
                    [void] $script:Text.AppendLine(($e | Format-List * -Force | Out-String -Width 400))
                }
            }
            elseif ($record -isnot [string] -and $record -isnot [System.Management.Automation.InformationalRecord]) {
                [void] $script:Text.AppendLine(($record | ConvertTo-Json -Depth 6 -WarningAction SilentlyContinue))
            }
        }
    }

    $script:Transcript = Join-Path $TestDrive 'transcript.txt'
    Start-Transcript -Path $script:Transcript -Force | Out-Null
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'No secret in any stream, error or transcript' {
    It 'runs every cmdlet on its success paths' {
        Invoke-Scanned { Get-EcsInstance @script:Good }
        Invoke-Scanned { Test-AppSnapshotPrerequisite -InstanceId 'i-mysql-centos79', 'i-no-role' @script:Good }
        Invoke-Scanned { Initialize-AppSnapshotRamRole -Confirm:$false @script:Good }
        Invoke-Scanned { Set-EcsInstanceRamRole -InstanceId 'i-no-role' -RamRoleName 'EcsSnapshotRole' -Confirm:$false @script:Good }
        Invoke-Scanned { Get-EcsInstanceRamRole -InstanceId 'i-no-role' @script:Good }
        Invoke-Scanned { Send-AppSnapshotScript -InstanceId 'i-mysql-centos79' -Template MySQL -Confirm:$false @script:Good }
        Invoke-Scanned { New-AppConsistentSnapshotGroup -InstanceId 'i-mysql-centos79', 'i-win2019-sql' -Name 'scan-1' -Confirm:$false @script:Good }
        Invoke-Scanned { New-AppConsistentSnapshotGroup -InstanceId 'i-ubuntu2204' -Name 'scan-2' -NoWait -Confirm:$false @script:Good | Get-AppSnapshotResult -Wait @script:Good }
        Invoke-Scanned { Get-EcsSnapshotGroup -Name 'scan-*' @script:Good }
        Invoke-Scanned { Remove-EcsSnapshotGroup -Name 'scan-2' -Confirm:$false @script:Good }
        Invoke-Scanned { Remove-EcsInstanceRamRole -InstanceId 'i-no-role' -Confirm:$false @script:Good }
        $script:Runs | Should -Be 11
    }

    It 'runs them on their failure paths' {
        Invoke-Scanned { Get-EcsInstance @script:Wrong }
        Invoke-Scanned { New-AppConsistentSnapshotGroup -InstanceId 'i-ubuntu2204' -Name 'scan-wrong' -Confirm:$false @script:Wrong }
        Invoke-Scanned { Get-AppSnapshotResult -InvokeId 't-doesnotexist0000' @script:Wrong }
        Invoke-Scanned { Initialize-AppSnapshotRamRole -RoleName 'ScanRole' -Confirm:$false @script:Wrong }
        Invoke-Scanned { Get-EcsInstance @script:Closed }
        Invoke-Scanned { Get-AppSnapshotResult -InvokeId 't-doesnotexist0000' @script:Closed }
        Invoke-Scanned { New-AppConsistentSnapshotGroup -InstanceId 'i-no-role', 'i-win2008r2', 'i-stopped' -Name 'scan-fail' -Confirm:$false @script:Good }
        Invoke-Scanned { Get-AppSnapshotResult -InvokeId 't-doesnotexist0000' @script:Good }
        Invoke-Scanned { New-AppConsistentSnapshotGroup -InstanceId 'i-ubuntu2204' -Name 'bad;name' -Confirm:$false @script:Good }
        Invoke-Scanned { Get-EcsInstance -Endpoint $script:Emulator.Endpoint -RegionId 'cn-hangzhou' -Credential ([pscredential]::new('LTAI5t,bad', (ConvertTo-SecureString $script:Secrets[1] -AsPlainText -Force))) }
        $script:Runs | Should -Be 21
    }

    It 'runs them with answers lost and reconciled' {
        foreach ($action in 'RunCommand', 'AttachInstanceRamRole', 'DeleteSnapshotGroup') { Set-Fault $action @{ CloseAfterCommitPercent = 100 } }
        Invoke-Scanned { Set-EcsInstanceRamRole -InstanceId 'i-no-role' -RamRoleName 'EcsSnapshotRole' -Confirm:$false @script:Good }
        Invoke-Scanned { New-AppConsistentSnapshotGroup -InstanceId 'i-ubuntu2204' -Name 'scan-lost' -Confirm:$false @script:Good }
        Invoke-Scanned { Remove-EcsSnapshotGroup -Name 'scan-lost' -Confirm:$false @script:Good }
        Invoke-RestMethod -Method Delete -Uri "$($script:Emulator.Endpoint)/_emulator/faults" | Out-Null
        $script:Runs | Should -Be 24
    }

    It 'runs them with the credentials in the environment' {
        $saved = @{}
        foreach ($name in 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET') { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
        try {
            [Environment]::SetEnvironmentVariable('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI5tEmulatorAccess01')
            [Environment]::SetEnvironmentVariable('ALIBABA_CLOUD_ACCESS_KEY_SECRET', $script:Secrets[1])
            Invoke-Scanned { Get-EcsInstance -Endpoint $script:Emulator.Endpoint -RegionId 'cn-hangzhou' }
            [Environment]::SetEnvironmentVariable('ALIBABA_CLOUD_ACCESS_KEY_SECRET', $script:Secrets[0])
            Invoke-Scanned { Get-EcsInstance -Endpoint $script:Emulator.Endpoint -RegionId 'cn-hangzhou' }
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
        $script:Runs | Should -Be 26
    }

    It 'finds no secret in what was said, nor in the transcript' {
        Stop-Transcript | Out-Null
        $said = $script:Text.ToString()
        $transcript = Get-Content -Path $script:Transcript -Raw
        $bytes = [Text.Encoding]::UTF8.GetByteCount($said) + [Text.Encoding]::UTF8.GetByteCount($transcript)
        $findings = 0
        foreach ($form in $script:Forms) {
            $findings += ([regex]::Matches($said, [regex]::Escape($form))).Count + ([regex]::Matches($transcript, [regex]::Escape($form))).Count
        }
        if ($env:APPSNAPSHOT_RELIABILITY_OUT) {
            New-Item -ItemType Directory -Path $env:APPSNAPSHOT_RELIABILITY_OUT -Force | Out-Null
            @{ Runs = $script:Runs; Bytes = $bytes; Findings = $findings } | ConvertTo-Json | Set-Content -Path (Join-Path $env:APPSNAPSHOT_RELIABILITY_OUT 'secret-scan.json')
        }
        # The scan sees real output: the errors of the wrong secret, the debug lines, the results.
        $said | Should -Match 'SignatureDoesNotMatch'
        $said | Should -Match 'LTAI\*\*\*\*01'
        $said | Should -Match 'AppSnapshotResult|SnapshotGroupId'
        $bytes | Should -BeGreaterThan (100 * 1024)
        $findings | Should -Be 0
    }
}
