# How the demo talks to its reader: numbered headings, the command as a user would type it, tables
# that do not depend on the terminal width, and checks that end the demo when an outcome is wrong.

$script:StepNumber = 0

function Write-DemoHeading {
    param([Parameter(Mandatory)] [string] $Title)
    $script:StepNumber++
    Write-Host ''
    Write-Host "== $($script:StepNumber). $Title" -ForegroundColor Cyan
}

function Write-DemoNote {
    param([Parameter(Mandatory)] [string] $Text)
    Write-Host "   $Text" -ForegroundColor Gray
}

function Invoke-DemoCommand {
    <#
    .SYNOPSIS
        Shows a command as "PS> ..." and runs it; returns its output. The script block is dot-sourced into
        the demo's scope, so $ErrorActionPreference applies and -ErrorVariable lands where the demo reads it.
    #>
    param([Parameter(Mandatory)] [scriptblock] $Command)
    $lines = $Command.ToString().Trim() -split '\r?\n' | ForEach-Object { $_.Trim() }
    Write-Host ('PS> ' + ($lines -join "`n>>     ")) -ForegroundColor Yellow
    . $Command
}

function Show-DemoTable {
    # Out-String with a fixed width: a redirected or narrow console would otherwise cut the columns.
    param(
        [Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $InputObject,
        [Parameter(Mandatory)] [object[]] $Property
    )
    $text = $InputObject | Format-Table -Property $Property -AutoSize | Out-String -Width 200
    Write-Host $text.Trim("`r", "`n")
}

function Assert-DemoOutcome {
    param(
        [Parameter(Mandatory)] [bool] $Condition,
        [Parameter(Mandatory)] [string] $Expectation
    )
    if (-not $Condition) {
        throw "Demo check failed: expected $Expectation."
    }
}

function Wait-DemoCondition {
    # Polls until the condition holds; a deadline, never a fixed sleep.
    param(
        [Parameter(Mandatory)] [scriptblock] $Condition,
        [Parameter(Mandatory)] [string] $Description,
        [Parameter(Mandatory)] [double] $TimeoutSeconds
    )
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while (-not (& $Condition)) {
        if ([DateTime]::UtcNow -ge $deadline) {
            throw "Timed out after $TimeoutSeconds s waiting until $Description."
        }
        Start-Sleep -Milliseconds 200
    }
}

Export-ModuleMember -Function 'Write-DemoHeading', 'Write-DemoNote', 'Invoke-DemoCommand', 'Show-DemoTable', 'Assert-DemoOutcome', 'Wait-DemoCondition'
