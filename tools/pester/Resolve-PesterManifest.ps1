<#
.SYNOPSIS
    Restores Pester from NuGet into the NuGet cache and returns the path of its Pester.psd1.

.DESCRIPTION
    The version is the one Pester.Restore.csproj pins. "dotnet restore" of that project downloads the
    package (PackageDownload: nothing is built); the package keeps the module files under tools/, so the
    manifest is <global-packages>/pester/<version>/tools/Pester.psd1. Needs only the .NET SDK.
#>
[CmdletBinding()]
param()

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$project = Join-Path $PSScriptRoot 'Pester.Restore.csproj'
$download = ([xml] (Get-Content -Path $project -Raw)).SelectSingleNode('//PackageDownload[@Include="Pester"]')
$version = $download.GetAttribute('Version').Trim('[', ']')

& dotnet restore $project --verbosity quiet | Out-Host
if ($LASTEXITCODE -ne 0) {
    throw "dotnet restore $project exited with code $LASTEXITCODE."
}

$locals = & dotnet nuget locals global-packages --list
if ($LASTEXITCODE -ne 0 -or "$locals" -notmatch 'global-packages:\s*(.+)$') {
    throw "dotnet nuget locals global-packages --list did not name the NuGet cache: $locals"
}
$manifest = Join-Path $Matches[1].Trim() "pester/$version/tools/Pester.psd1"
if (-not (Test-Path $manifest)) {
    throw "Pester $version was restored, but $manifest is missing."
}
$manifest
