# Module-wide checks on a host with PowerShell and Pester 5: the manifest, the help of every
# exported cmdlet, and -WhatIf on every cmdlet that changes something.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $manifestData = Import-PowerShellDataFile -Path (Get-BuiltManifestPath)
    $exportedCmdlets = @($manifestData.CmdletsToExport)
    $stateChangingCmdlets = @($exportedCmdlets | Where-Object { $_ -match '^(Initialize|Set|Remove|Send|New|Restore)-' })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:ManifestPath = Get-BuiltManifestPath
    $script:Module = Import-BuiltModule
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
}

Describe 'The AppSnapshot manifest' {
    It 'passes Test-ModuleManifest' {
        $manifest = Test-ModuleManifest -Path $script:ManifestPath -ErrorAction Stop
        $manifest.Name | Should -Be 'AppSnapshot'
    }

    It 'exports exactly the cmdlets it lists and nothing else' {
        $listed = (Import-PowerShellDataFile -Path $script:ManifestPath).CmdletsToExport
        @($script:Module.ExportedCmdlets.Keys) | Sort-Object | Should -Be (@($listed) | Sort-Object)
        $script:Module.ExportedFunctions.Count | Should -Be 0
        $script:Module.ExportedAliases.Count | Should -Be 0
        $script:Module.ExportedVariables.Count | Should -Be 0
    }

    It 'does not ship System.Management.Automation.dll' {
        $moduleFolder = Split-Path -Path $script:ManifestPath -Parent
        Get-ChildItem -Path $moduleFolder -Recurse -Filter 'System.Management.Automation.dll' | Should -BeNullOrEmpty
    }
}

Describe 'Help of <_>' -ForEach $exportedCmdlets {
    BeforeAll {
        $script:Help = Get-Help -Name $_ -Full
    }

    It 'has a synopsis from the help file, not the generated syntax' {
        $script:Help.Synopsis | Should -Not -BeNullOrEmpty
        $script:Help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($_))\s"
    }

    It 'has a description' {
        ($script:Help.description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example with code' {
        @($script:Help.examples.example).Count | Should -BeGreaterThan 0
        $script:Help.examples.example[0].code | Should -Not -BeNullOrEmpty
    }

    It 'documents every parameter' {
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        $documented = @($script:Help.parameters.parameter | ForEach-Object { $_.name })
        foreach ($parameter in (Get-Command -Name $_).Parameters.Keys | Where-Object { $common -notcontains $_ }) {
            $documented | Should -Contain $parameter
        }
    }
}

Describe '<_> supports -WhatIf' -ForEach $stateChangingCmdlets {
    It 'declares SupportsShouldProcess' {
        $command = Get-Command -Name $_
        $command.Parameters.ContainsKey('WhatIf') | Should -BeTrue
        $command.Parameters.ContainsKey('Confirm') | Should -BeTrue
    }
}
