# Shared helpers of the Pester tests: the built module, the ECS emulator on a loopback port the system
# picks, and the environment variables that point the module at it (set for a test file, then restored).

$script:RepoRoot = Split-Path -Path $PSScriptRoot -Parent
$script:EmulatorVariables = @(
    'APPSNAPSHOT_ENDPOINT',
    'ALIBABA_CLOUD_ACCESS_KEY_ID',
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    'ALIBABA_CLOUD_SECURITY_TOKEN',
    'ALIBABA_CLOUD_REGION_ID',
    'ALIBABA_CLOUD_PROFILE'
)

function Get-BuiltManifestPath {
    # The manifest of the module folder laid out by the build (build.ps1 -Task Build).
    $path = Join-Path $script:RepoRoot 'out/AppSnapshot/AppSnapshot.psd1'
    if (-not (Test-Path $path)) {
        throw "The module is not built: $path is missing. Run build.ps1 -Task Build first."
    }
    $path
}

function Import-BuiltModule {
    # Imports out/AppSnapshot fresh (never an installed copy) and returns the module. -Global: imported
    # from inside this helper module without it, the cmdlets would be visible here only, not to the tests.
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Import-Module -Name (Get-BuiltManifestPath) -Global -Force -PassThru -ErrorAction Stop
}

function Start-TestEmulator {
    # Starts the built emulator on port 0 (the system picks a free one) and returns once it listens: the
    # emulator prints its address only after Kestrel has bound, so that first line is the readiness signal.
    # -SpeedFactor scales the emulator's nominal durations (plug-in run, StopInstance, snapshot completion).
    [CmdletBinding()]
    param(
        [int] $TimeoutSeconds = 60,
        [double] $SpeedFactor = 1.0
    )
    $dll = Get-ChildItem -Path (Join-Path $script:RepoRoot 'tests/EcsEmulator/bin') -Filter 'EcsEmulator.dll' -Recurse -ErrorAction SilentlyContinue |
        Sort-Object LastWriteTime -Descending |
        Select-Object -First 1
    if (-not $dll) {
        throw 'The emulator is not built: run build.ps1 -Task Build first.'
    }
    $speed = $SpeedFactor.ToString([System.Globalization.CultureInfo]::InvariantCulture)
    $startInfo = New-Object System.Diagnostics.ProcessStartInfo
    $startInfo.FileName = 'dotnet'
    $startInfo.Arguments = "`"$($dll.FullName)`" --urls http://127.0.0.1:0 --speed $speed"
    $startInfo.UseShellExecute = $false
    $startInfo.RedirectStandardOutput = $true
    $process = [System.Diagnostics.Process]::Start($startInfo)
    $firstLine = $process.StandardOutput.ReadLineAsync()
    $problem = $null
    if (-not $firstLine.Wait([TimeSpan]::FromSeconds($TimeoutSeconds))) {
        $problem = "The emulator did not report its address within $TimeoutSeconds seconds."
    }
    elseif ($null -eq $firstLine.Result) {
        $process.WaitForExit(10000) | Out-Null
        $problem = "The emulator exited with code $($process.ExitCode) before listening."
    }
    elseif ($firstLine.Result -notmatch 'listening on (http://127\.0\.0\.1:(\d+))/') {
        $problem = "The emulator's first line does not name its address: $($firstLine.Result)"
    }
    if ($problem) {
        Stop-TestEmulator -Emulator ([pscustomobject]@{ Process = $process })
        throw $problem
    }
    [pscustomobject]@{ Process = $process; Endpoint = $Matches[1]; Port = [int] $Matches[2] }
}

function Stop-TestEmulator {
    [CmdletBinding()]
    param(
        $Emulator
    )
    if (-not $Emulator -or -not $Emulator.Process) {
        return
    }
    if (-not $Emulator.Process.HasExited) {
        $Emulator.Process.Kill()
        $Emulator.Process.WaitForExit(10000) | Out-Null
    }
    $Emulator.Process.Dispose()
}

function Invoke-EmulatorControl {
    # Calls the emulator's unsigned control API (tests/EcsEmulator/README.md), for example 'reset',
    # 'clock/advance' with @{ Seconds = 60 }, or 'instances/<id>/status' with @{ Status = 'Stopped' }.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Endpoint,
        [Parameter(Mandatory)] [string] $Path,
        [hashtable] $Body
    )
    $arguments = @{ Uri = "$Endpoint/_emulator/$Path"; Method = 'Post'; UseBasicParsing = $true }
    if ($Body) {
        $arguments.Body = ConvertTo-Json -InputObject $Body -Compress
        $arguments.ContentType = 'application/json'
    }
    Invoke-RestMethod @arguments | Out-Null
}

function Reset-TestEmulator {
    # Reloads the emulator's fixture: every test that changes state starts from the same instances.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $Session
    )
    Invoke-EmulatorControl -Endpoint $Session.Endpoint -Path 'reset'
}

function New-FinishedSnapshotGroup {
    # A file-system-consistent group of one instance, finished at once: the emulator's clock moves past the
    # plug-in run and the snapshot completion instead of the test waiting for them. Consecutive groups get
    # CreationTimes a minute apart (the API has whole seconds), so "newest" is never a tie. Returns the result.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $Session,
        [Parameter(Mandatory)] $Instance,
        [Parameter(Mandatory)] [string] $Name
    )
    $invocation = $Instance | New-AppConsistentSnapshotGroup -Name $Name -NoScripts -NoWait -Confirm:$false
    Invoke-EmulatorControl -Endpoint $Session.Endpoint -Path 'clock/advance' -Body @{ Seconds = 60 }
    Get-AppSnapshotResult -InvokeId $invocation.InvokeId -InstanceId $invocation.InstanceId -Wait -TimeoutSeconds 60 -ErrorAction Stop
}

function Set-TestEnvironment {
    # Points the module at the emulator with its fixed AccessKey; returns what to restore.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Endpoint,
        [string] $RegionId = 'cn-hangzhou'
    )
    $saved = @{}
    foreach ($name in $script:EmulatorVariables) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $null)
    }
    [Environment]::SetEnvironmentVariable('APPSNAPSHOT_ENDPOINT', $Endpoint)
    [Environment]::SetEnvironmentVariable('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI5tEmulatorAccess01')
    [Environment]::SetEnvironmentVariable('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'EmulatorSecretDoNotUseInProd01')
    [Environment]::SetEnvironmentVariable('ALIBABA_CLOUD_REGION_ID', $RegionId)
    $saved
}

function Restore-TestEnvironment {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [hashtable] $Saved
    )
    foreach ($name in $Saved.Keys) {
        [Environment]::SetEnvironmentVariable($name, $Saved[$name])
    }
}

function Start-TestSession {
    # What a test file against the emulator needs: its own emulator, the environment pointing at it and
    # the module imported. On a failure it undoes what it did, so AfterAll has nothing to leak.
    [CmdletBinding()]
    param(
        [double] $SpeedFactor = 1.0
    )
    $session = [pscustomobject]@{ Emulator = $null; Endpoint = $null; SavedEnvironment = $null }
    try {
        $session.Emulator = Start-TestEmulator -SpeedFactor $SpeedFactor
        $session.Endpoint = $session.Emulator.Endpoint
        $session.SavedEnvironment = Set-TestEnvironment -Endpoint $session.Endpoint
        Import-BuiltModule | Out-Null
    }
    catch {
        Stop-TestSession -Session $session
        throw
    }
    $session
}

function Stop-TestSession {
    # Removes the module, restores the environment and stops the emulator; accepts a session that never started.
    [CmdletBinding()]
    param(
        $Session
    )
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    if (-not $Session) {
        return
    }
    if ($Session.SavedEnvironment) {
        Restore-TestEnvironment -Saved $Session.SavedEnvironment
    }
    Stop-TestEmulator -Emulator $Session.Emulator
}

function Wait-TestCondition {
    # Polls a script block until it returns a true value; throws after the timeout with the description.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [scriptblock] $Condition,
        [Parameter(Mandatory)] [string] $Description,
        [int] $TimeoutSeconds = 60
    )
    $deadline = (Get-Date).AddSeconds($TimeoutSeconds)
    while ((Get-Date) -lt $deadline) {
        if (& $Condition) {
            return
        }
        Start-Sleep -Milliseconds 100
    }
    throw "Timed out after $TimeoutSeconds seconds waiting for: $Description"
}

Export-ModuleMember -Function @(
    'Get-BuiltManifestPath',
    'Import-BuiltModule',
    'Start-TestEmulator',
    'Stop-TestEmulator',
    'Invoke-EmulatorControl',
    'Reset-TestEmulator',
    'New-FinishedSnapshotGroup',
    'Set-TestEnvironment',
    'Restore-TestEnvironment',
    'Start-TestSession',
    'Stop-TestSession',
    'Wait-TestCondition'
)
