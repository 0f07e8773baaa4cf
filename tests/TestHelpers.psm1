# Shared helpers of the Pester tests: the built module, the ECS emulator on a free loopback port,
# and the environment variables that point the module at it (set for a test file, then restored).

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
    # Imports out/AppSnapshot fresh (never an installed copy) and returns the module.
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Import-Module -Name (Get-BuiltManifestPath) -Force -PassThru -ErrorAction Stop
}

function Get-FreeTcpPort {
    $listener = New-Object System.Net.Sockets.TcpListener ([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try {
        $listener.LocalEndpoint.Port
    }
    finally {
        $listener.Stop()
    }
}

function Start-TestEmulator {
    # Starts the built emulator on a free port and waits until it accepts connections.
    # -SpeedFactor scales the emulator's nominal durations (plug-in run, StopInstance, snapshot completion).
    [CmdletBinding()]
    param(
        [int] $TimeoutSeconds = 60,
        [double] $SpeedFactor = 1.0
    )
    $dll = Get-ChildItem -Path (Join-Path $script:RepoRoot 'tests/EcsEmulator/bin') -Filter 'EcsEmulator.dll' -Recurse |
        Sort-Object LastWriteTime -Descending |
        Select-Object -First 1
    if (-not $dll) {
        throw 'The emulator is not built: run build.ps1 -Task Build first.'
    }
    $port = Get-FreeTcpPort
    $endpoint = "http://127.0.0.1:$port"
    $arguments = @("`"$($dll.FullName)`"", '--urls', $endpoint)
    if ($SpeedFactor -ne 1.0) {
        $arguments += @('--speed', $SpeedFactor.ToString([System.Globalization.CultureInfo]::InvariantCulture))
    }
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru -NoNewWindow
    $deadline = (Get-Date).AddSeconds($TimeoutSeconds)
    while ((Get-Date) -lt $deadline) {
        if ($process.HasExited) {
            throw "The emulator exited with code $($process.ExitCode) before answering on $endpoint."
        }
        $client = New-Object System.Net.Sockets.TcpClient
        try {
            $client.Connect('127.0.0.1', $port)
            return [pscustomobject]@{ Process = $process; Endpoint = $endpoint; Port = $port }
        }
        catch {
            Start-Sleep -Milliseconds 250
        }
        finally {
            $client.Dispose()
        }
    }
    Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
    throw "The emulator did not answer on $endpoint within $TimeoutSeconds seconds."
}

function Stop-TestEmulator {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $Emulator
    )
    if ($Emulator -and -not $Emulator.Process.HasExited) {
        Stop-Process -Id $Emulator.Process.Id -Force
        $Emulator.Process.WaitForExit(10000) | Out-Null
    }
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
        Start-Sleep -Milliseconds 200
    }
    throw "Timed out after $TimeoutSeconds seconds waiting for: $Description"
}

# Quoted names: tree-sitter-powershell 0.26.4 rejects an unquoted comma list of bare words (.ci/check-scripts).
Export-ModuleMember -Function @(
    'Get-BuiltManifestPath',
    'Import-BuiltModule',
    'Start-TestEmulator',
    'Stop-TestEmulator',
    'Set-TestEnvironment',
    'Restore-TestEnvironment',
    'Wait-TestCondition'
)
