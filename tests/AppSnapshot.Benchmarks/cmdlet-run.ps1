<#
.SYNOPSIS
    The benchmark's cmdlet scenario, run by the benchmark in its own pwsh process (see BENCHMARKS.md).
.DESCRIPTION
    Imports the built module, reads the targets (InstanceId, RegionId) from a CSV, warms up with one
    Get-EcsInstance, then, after a full GC and a reset of this process's peak resident set, times

        $targets | Get-EcsInstance | New-AppConsistentSnapshotGroup -Name $Name | <tally>

    The tally counts results per instance and successes and keeps no object, as Out-Default would not.
    The emulator's endpoint and access key come from the environment the benchmark gives this process
    (APPSNAPSHOT_ENDPOINT, ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET), as a user's session would have them.
    Handshake: after the reset this script writes the ready marker and waits for one line on stdin, so the
    benchmark reads the emulator's counters right before the clock starts. Writes one JSON summary.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $TargetsCsv,
    [Parameter(Mandatory)] [string] $Name,
    [Parameter(Mandatory)] [string] $SummaryPath,
    [string] $ReadyMarker = 'BENCH-READY'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3
# The log file the benchmark keeps gets plain text, not terminal colours.
$PSStyle.OutputRendering = 'PlainText'

function Get-ProcessMemoryMb([string] $Key) {
    # /proc/self is this pwsh process (read through .NET, not an external command).
    foreach ($line in [IO.File]::ReadAllLines('/proc/self/status')) {
        if ($line.StartsWith($Key)) { return [double]($line.Substring($Key.Length).Trim().Split(' ')[0]) / 1024 }
    }
    return [double]::NaN
}

Import-Module $ModuleManifest
$targets = @(Import-Csv -LiteralPath $TargetsCsv)

# Warm-up outside the clock (command discovery, the module's first call), as in an open session.
Get-EcsInstance -InstanceId $targets[0].InstanceId -RegionId $targets[0].RegionId | Out-Null

$perInstance = [Collections.Generic.Dictionary[string, int]]::new([StringComparer]::Ordinal)
$tally = @{ Results = 0; Succeeded = 0; Other = 0; SlowestRunSeconds = 0.0 }
$tallyResult = {
    process {
        $id = $_.PSObject.Properties['InstanceId']
        $succeeded = $_.PSObject.Properties['Succeeded']
        if ($null -eq $id -or $null -eq $succeeded) { $tally.Other++; return }
        $tally.Results++
        $count = 0
        [void] $perInstance.TryGetValue($id.Value, [ref] $count)
        $perInstance[$id.Value] = $count + 1
        if ($succeeded.Value -eq $true) { $tally.Succeeded++ }
        $total = $_.PSObject.Properties['TotalSeconds']
        if ($null -ne $total -and $null -ne $total.Value -and $total.Value -gt $tally.SlowestRunSeconds) { $tally.SlowestRunSeconds = [double] $total.Value }
    }
}

[GC]::Collect(2, [GCCollectionMode]::Aggressive, $true, $true)
[GC]::WaitForPendingFinalizers()
[GC]::Collect(2, [GCCollectionMode]::Aggressive, $true, $true)
$peakReset = $true
try { [IO.File]::WriteAllText('/proc/self/clear_refs', '5') } catch { $peakReset = $false }
$baselineMb = Get-ProcessMemoryMb 'VmRSS:'

[Console]::Out.WriteLine($ReadyMarker)
[Console]::Out.Flush()
[void] [Console]::In.ReadLine()

$getErrors = $null
$newErrors = $null
$terminating = $null
$startUtc = [DateTimeOffset]::UtcNow
$watch = [Diagnostics.Stopwatch]::StartNew()
try {
    $targets |
        Get-EcsInstance -ErrorAction Continue -ErrorVariable getErrors |
        New-AppConsistentSnapshotGroup -Name $Name -ErrorAction Continue -ErrorVariable newErrors |
        & $tallyResult
}
catch {
    $terminating = $_.FullyQualifiedErrorId + ': ' + $_.Exception.Message
}
$watch.Stop()
$peakMb = Get-ProcessMemoryMb 'VmHWM:'

$errors = @(@($getErrors) + @($newErrors) | Where-Object { $null -ne $_ })
$summary = [ordered]@{
    startUtc          = $startUtc.ToString('o')
    elapsedSeconds    = $watch.Elapsed.TotalSeconds
    results           = $tally.Results
    succeeded         = $tally.Succeeded
    other             = $tally.Other
    slowestRunSeconds = $tally.SlowestRunSeconds
    errors            = $errors.Count
    errorSamples      = @($errors | Select-Object -First 5 | ForEach-Object {
            if ($_ -is [Management.Automation.ErrorRecord]) { $_.FullyQualifiedErrorId + ': ' + $_.Exception.Message } else { "$_" } })
    terminating       = $terminating
    peakMb            = $peakMb
    baselineMb        = $baselineMb
    peakReset         = $peakReset
    perInstance       = $perInstance
}
[IO.File]::WriteAllText($SummaryPath, (ConvertTo-Json -InputObject $summary -Depth 3 -Compress))
