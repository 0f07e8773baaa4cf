# PSScriptAnalyzer settings for the repository's scripts (build.ps1, tests/*.ps1, tests/*.psm1):
# Invoke-ScriptAnalyzer -Path . -Recurse -Settings ./PSScriptAnalyzerSettings.psd1
@{
    Severity     = @('Error', 'Warning')

    ExcludeRules = @(
        # build.ps1 reports progress to the console on purpose; it is not a reusable command.
        'PSAvoidUsingWriteHost'
    )

    Rules        = @{
        # Everything must parse and run on Windows PowerShell 5.1 and PowerShell 7.
        PSUseCompatibleSyntax      = @{
            Enable         = $true
            TargetVersions = @('5.1', '7.0')
        }
        PSUseCompatibleCmdlets     = @{
            Compatibility = @('desktop-5.1.14393.206-windows', 'core-6.1.0-windows', 'core-6.1.0-linux', 'core-6.1.0-macos')
        }
        PSPlaceOpenBrace           = @{
            Enable             = $true
            OnSameLine         = $true
            NewLineAfter       = $true
            IgnoreOneLineBlock = $true
        }
        PSPlaceCloseBrace          = @{
            Enable             = $true
            NewLineAfter       = $false
            IgnoreOneLineBlock = $true
            NoEmptyLineBefore  = $false
        }
        PSUseConsistentIndentation = @{
            Enable              = $true
            IndentationSize     = 4
            PipelineIndentation = 'IncreaseIndentationForFirstPipeline'
            Kind                = 'space'
        }
        PSUseConsistentWhitespace  = @{
            Enable                          = $true
            CheckOpenBrace                  = $true
            CheckOpenParen                  = $true
            CheckOperator                   = $false
            CheckSeparator                  = $true
            CheckInnerBrace                 = $true
            CheckPipe                       = $true
        }
        PSAvoidUsingCmdletAliases  = @{
            Allowlist = @()
        }
        PSProvideCommentHelp       = @{
            Enable                  = $true
            ExportedOnly            = $true
            BlockComment            = $true
            Placement               = 'before'
        }
    }
}
