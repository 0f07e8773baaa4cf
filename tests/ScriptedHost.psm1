# Runs one AppSnapshot command in a runspace of its own whose host answers prompts from a script
# (tests/ScriptedHost.cs), or in one that cannot prompt at all, as in a job or pwsh -NonInteractive.
# The test process's own console host is never asked: a prompt there would wait for a person.

if (-not ('AppSnapshotTests.ScriptedHost' -as [type])) {
    Add-Type -Path (Join-Path $PSScriptRoot 'ScriptedHost.cs')
}

function Invoke-InScriptedHost {
    # Returns Output, Errors (non-terminating), Terminating (the ErrorRecord that stopped the command, or
    # $null) and Prompts ("caption: message" of each question asked).
    [CmdletBinding(DefaultParameterSetName = 'Answers')]
    param(
        [Parameter(Mandatory)] [string] $ModulePath,
        [Parameter(Mandatory)] [string] $Command,
        [hashtable] $Parameters = @{},
        [object[]] $InputObject = @(),
        # Choice labels, one per expected prompt; a prompt beyond them fails the command.
        [Parameter(ParameterSetName = 'Answers')] [string[]] $Answer = @(),
        [Parameter(Mandatory, ParameterSetName = 'CannotPrompt')] [switch] $CannotPrompt
    )
    $sessionState = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
    $sessionState.ImportPSModule([string[]] @($ModulePath))
    $scriptedHost = $null
    if ($CannotPrompt) {
        $runspace = [runspacefactory]::CreateRunspace($sessionState)
    }
    else {
        $scriptedHost = New-Object AppSnapshotTests.ScriptedHost -ArgumentList (, [string[]] $Answer)
        $runspace = [runspacefactory]::CreateRunspace($scriptedHost, $sessionState)
    }
    $runspace.Open()
    $shell = [powershell]::Create()
    $shell.Runspace = $runspace
    try {
        $null = $shell.AddCommand($Command).AddParameters($Parameters)
        $terminating = $null
        $output = @()
        try {
            $output = if ($InputObject.Count -gt 0) { $shell.Invoke($InputObject) } else { $shell.Invoke() }
        }
        catch {
            $reason = $_.Exception.InnerException
            if ($reason -is [System.Management.Automation.IContainsErrorRecord]) {
                $terminating = $reason.ErrorRecord
            }
            else {
                throw
            }
        }
        $prompts = @()
        if ($scriptedHost) {
            $prompts = @($scriptedHost.Script.Prompts)
        }
        [pscustomobject]@{
            Output      = @($output)
            Errors      = @($shell.Streams.Error)
            Terminating = $terminating
            Prompts     = $prompts
        }
    }
    finally {
        $shell.Dispose()
        $runspace.Dispose()
    }
}

Export-ModuleMember -Function 'Invoke-InScriptedHost'
