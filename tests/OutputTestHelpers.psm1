# Helpers of the Output.*.Tests.ps1 files: the built module imported where the test file sees it, the
# emulator's connection as parameters (never process-wide environment), and the checks of a rendered view.

$script:RepoRoot = Split-Path -Path $PSScriptRoot -Parent

function Import-BuiltModuleGlobally {
    # A module imported from inside this helper would be visible to the helper only: -Global.
    $manifest = Join-Path $script:RepoRoot 'out/AppSnapshot/AppSnapshot.psd1'
    if (-not (Test-Path -LiteralPath $manifest)) {
        throw "The module is not built: $manifest is missing. Run: dotnet pwsh ./build.ps1 -Task Build"
    }
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Import-Module -Name $manifest -Global -Force -PassThru -ErrorAction Stop
}

function New-EmulatorConnection {
    # The parameters every cmdlet call of a test passes: -Endpoint, -Credential and -RegionId.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Endpoint,
        [string] $RegionId = 'cn-hangzhou'
    )
    $secret = ConvertTo-SecureString -String 'EmulatorSecretDoNotUseInProd01' -AsPlainText -Force
    @{
        Endpoint   = $Endpoint
        Credential = [pscredential]::new('LTAI5tEmulatorAccess01', $secret)
        RegionId   = $RegionId
    }
}

function Get-TableLayout {
    # Reads the first table of rendered text: its header line, its dash line, and the columns as the dash
    # runs mark them. A header that wrapped takes more than one line above the dashes; -WrappedHeader says so.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [AllowEmptyString()] [string] $Text
    )
    $lines = $Text -split "`r?`n"
    $dashIndex = -1
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -match '^\s*-+(\s+-+)*\s*$') {
            $dashIndex = $i
            break
        }
    }
    if ($dashIndex -lt 1) {
        throw "No table header in:`n$Text"
    }
    $headerLines = @()
    for ($i = $dashIndex - 1; $i -ge 0 -and $lines[$i].Trim().Length -gt 0; $i--) {
        $headerLines = @($lines[$i]) + $headerLines
    }
    $dashes = $lines[$dashIndex]
    $header = $headerLines[-1]
    $columns = foreach ($run in [regex]::Matches($dashes, '-+')) {
        $end = [Math]::Min($header.Length, $run.Index + $run.Length)
        $label = if ($run.Index -lt $header.Length) { $header.Substring($run.Index, $end - $run.Index).Trim() } else { '' }
        [pscustomobject]@{ Label = $label; Start = $run.Index; Width = $run.Length }
    }
    $rows = @($lines[($dashIndex + 1)..($lines.Count - 1)] | Where-Object { $_.Trim().Length -gt 0 })
    [pscustomobject]@{
        HeaderLines   = $headerLines
        WrappedHeader = $headerLines.Count -ne 1 -or @($columns | Where-Object { $_.Width -lt $_.Label.Length -or $_.Label.Length -eq 0 }).Count -gt 0
        Columns       = @($columns)
        Labels        = @($columns | ForEach-Object Label)
        Rows          = $rows
        MaxLineLength = ($lines | Measure-Object -Property Length -Maximum).Maximum
    }
}

function Get-TableCell {
    # The text of one column in one rendered row (trimmed).
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] $Layout,
        [Parameter(Mandatory)] [string] $Row,
        [Parameter(Mandatory)] [string] $Label
    )
    $column = $Layout.Columns | Where-Object Label -EQ $Label | Select-Object -First 1
    if (-not $column) {
        throw "No column '$Label' in: $($Layout.Labels -join ', ')"
    }
    if ($column.Start -ge $Row.Length) {
        return ''
    }
    $length = [Math]::Min($column.Width, $Row.Length - $column.Start)
    $Row.Substring($column.Start, $length).Trim()
}

function Get-ListValue {
    # The value of one label in rendered Format-List text (the first object), continuation lines joined.
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [AllowEmptyString()] [string] $Text,
        [Parameter(Mandatory)] [string] $Label
    )
    $lines = $Text -split "`r?`n"
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -match "^$([regex]::Escape($Label))\s*: ?(?<value>.*)$") {
            $value = $Matches.value
            $indent = $lines[$i].IndexOf(':') + 2
            for ($j = $i + 1; $j -lt $lines.Count -and $lines[$j].Length -gt $indent -and $lines[$j].Substring(0, $indent).Trim().Length -eq 0; $j++) {
                $value += [Environment]::NewLine + $lines[$j].Substring($indent)
            }
            return $value.TrimEnd()
        }
    }
    $null
}

# Quoted names: tree-sitter-powershell 0.26.4 rejects an unquoted comma list of bare words (.ci/check-scripts).
Export-ModuleMember -Function @(
    'Import-BuiltModuleGlobally',
    'New-EmulatorConnection',
    'Get-TableLayout',
    'Get-TableCell',
    'Get-ListValue'
)
