<#
.SYNOPSIS
    Parses every .ps1, .psm1 and .psd1 of the repository with PowerShell's own parser.

.DESCRIPTION
    Prints path:line:column: message for each syntax error and exits 1 on any. It first checks that the
    parser rejects a known-broken snippet, so a check that accepts everything cannot pass.
#>
[CmdletBinding()]
param()

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$root = Split-Path -Path $PSScriptRoot -Parent
$tokens = $null
$parseErrors = $null

[void] [System.Management.Automation.Language.Parser]::ParseInput('function Broken { if ($true) { }', [ref] $tokens, [ref] $parseErrors)
if (-not $parseErrors) {
    Write-Host 'Self-test failed: the parser accepted a function without its closing brace.'
    exit 1
}

# -Force: .ci and .github are hidden folders on Linux and macOS.
$generated = '[\\/](bin|obj|out|node_modules|\.git)[\\/]'
$files = @(Get-ChildItem -Path $root -Recurse -File -Force -Include '*.ps1', '*.psm1', '*.psd1' |
        Where-Object { $_.FullName.Substring($root.Length) -notmatch $generated } |
        Sort-Object FullName)
$failed = 0
foreach ($file in $files) {
    [void] [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref] $tokens, [ref] $parseErrors)
    foreach ($parseError in $parseErrors) {
        $where = $parseError.Extent.StartScriptPosition
        Write-Host "$($file.FullName.Substring($root.Length + 1)):$($where.LineNumber):$($where.ColumnNumber): $($parseError.Message)"
        $failed++
    }
}
Write-Host "$($files.Count) PowerShell files parsed, $failed syntax error(s)."
if ($failed -gt 0) {
    exit 1
}
