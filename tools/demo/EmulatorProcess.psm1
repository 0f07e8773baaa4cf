# Runs the built ECS emulator (tests/EcsEmulator) as a child process on a free loopback port, for the demo.
# Ready means the emulator itself answered its control endpoint, not merely that something listens on the port.

function Get-FreeLoopbackPort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try {
        $listener.LocalEndpoint.Port
    }
    finally {
        $listener.Stop()
    }
}

function Test-EmulatorAnswer {
    # WebRequest rather than Invoke-WebRequest -NoProxy, which Windows PowerShell 5.1 lacks.
    param([Parameter(Mandatory)] [string] $Endpoint)
    $request = [System.Net.WebRequest]::Create("$Endpoint/_emulator/state")
    $request.Proxy = $null
    $request.Timeout = 2000
    try {
        $response = $request.GetResponse()
        try { [int] $response.StatusCode -eq 200 } finally { $response.Dispose() }
    }
    catch [System.Net.WebException] {
        $false
    }
}

function Get-EmulatorLogTail {
    param([string[]] $Path)
    $lines = foreach ($file in $Path) {
        if (Test-Path -LiteralPath $file) {
            Get-Content -LiteralPath $file -Tail 20
        }
    }
    if ($lines) { "`nEmulator output:`n" + ($lines -join "`n") } else { '' }
}

function Start-EmulatorProcess {
    <#
    .SYNOPSIS
        Starts EcsEmulator.dll on a free 127.0.0.1 port and returns { Process, Endpoint, LogPaths } once it answers.
        Throws, after stopping what it started, when the process exits first or does not answer in time.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $EmulatorPath,
        [double] $SpeedFactor = 1.0,
        [int] $TimeoutSeconds = 60
    )
    if (-not (Test-Path -LiteralPath $EmulatorPath -PathType Leaf)) {
        throw "The ECS emulator is not built: $EmulatorPath is missing. Run: dotnet pwsh ./build.ps1 -Task Build"
    }
    $port = Get-FreeLoopbackPort
    $endpoint = "http://127.0.0.1:$port"
    $logBase = Join-Path ([System.IO.Path]::GetTempPath()) ("AppSnapshot-demo-emulator-$port-" + [guid]::NewGuid().ToString('N').Substring(0, 8))
    $logPaths = @("$logBase.out.log", "$logBase.err.log")
    $speed = $SpeedFactor.ToString([System.Globalization.CultureInfo]::InvariantCulture)
    $arguments = @("`"$EmulatorPath`"", '--urls', $endpoint, '--speed', $speed)
    # The built assembly, not "dotnet run": stopping a "dotnet run" host would leave its child running.
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru -NoNewWindow `
        -RedirectStandardOutput $logPaths[0] -RedirectStandardError $logPaths[1]
    $emulator = [pscustomobject]@{ Process = $process; Endpoint = $endpoint; LogPaths = $logPaths }

    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ($true) {
        if ($process.HasExited) {
            $log = Get-EmulatorLogTail -Path $logPaths
            Remove-Item -LiteralPath $logPaths -ErrorAction SilentlyContinue
            throw "The ECS emulator exited with code $($process.ExitCode) before answering on $endpoint.$log"
        }
        if (Test-EmulatorAnswer -Endpoint $endpoint) {
            return $emulator
        }
        if ([DateTime]::UtcNow -ge $deadline) {
            $log = Get-EmulatorLogTail -Path $logPaths
            Stop-EmulatorProcess -Emulator $emulator
            throw "The ECS emulator did not answer on $endpoint within $TimeoutSeconds seconds.$log"
        }
        Start-Sleep -Milliseconds 100
    }
}

function Stop-EmulatorProcess {
    [CmdletBinding()]
    param([Parameter(Mandatory)] $Emulator)
    if (-not $Emulator.Process.HasExited) {
        Stop-Process -Id $Emulator.Process.Id -Force -ErrorAction SilentlyContinue
        $Emulator.Process.WaitForExit(10000) | Out-Null
    }
    Remove-Item -LiteralPath $Emulator.LogPaths -ErrorAction SilentlyContinue
}

Export-ModuleMember -Function 'Start-EmulatorProcess', 'Stop-EmulatorProcess'
