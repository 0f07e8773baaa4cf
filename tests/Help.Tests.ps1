# The help a user reads (Get-Help, from the MAML the build generates) agrees with the code the engine
# runs (Get-Command): for every parameter of every exported cmdlet, its aliases, wildcard support,
# Mandatory, Position and pipeline input. Also: no word split at a hyphen, and HelpUri on each cmdlet.

BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $cmdlets = @((Import-PowerShellDataFile -Path (Get-BuiltManifestPath)).CmdletsToExport)
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Import-Module -Name (Get-BuiltManifestPath) -Force -ErrorAction Stop
    $script:Common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

    function Get-PipelineText {
        # The "Accept pipeline input" text of one [Parameter] declaration, as platyPS writes it.
        param($Declaration)
        switch ("$($Declaration.ValueFromPipelineByPropertyName)/$($Declaration.ValueFromPipeline)") {
            'True/True' { 'True (ByPropertyName, ByValue)' }
            'True/False' { 'True (ByPropertyName)' }
            'False/True' { 'True (ByValue)' }
            default { 'False' }
        }
    }
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
}

Describe 'Get-Help <_> against Get-Command' -ForEach $cmdlets {
    BeforeAll {
        $script:Command = Get-Command -Name $_
        $script:Help = Get-Help -Name $_ -Full
        $script:Documented = @{}
        foreach ($parameter in @($script:Help.parameters.parameter)) { if ($parameter) { $script:Documented[$parameter.name] = $parameter } }
    }

    It 'shows every parameter with the aliases, wildcard support, Mandatory, Position and pipeline input of the code' {
        $problems = foreach ($parameter in $script:Command.Parameters.Values | Where-Object { $script:Common -notcontains $_.Name }) {
            $help = $script:Documented[$parameter.Name]
            if (-not $help) { "-$($parameter.Name) is not in the help"; continue }
            $aliases = if ($parameter.Aliases.Count) { ($parameter.Aliases | Sort-Object) -join ', ' } else { 'None' }
            $shown = (($help.aliases -split ',\s*') | Sort-Object) -join ', '
            if ($shown -ne $aliases) { "-$($parameter.Name): Aliases '$($help.aliases)' in the help, '$aliases' in the code" }
            $wildcards = [bool]($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
            if ($help.globbing -ne $wildcards.ToString().ToLowerInvariant()) { "-$($parameter.Name): wildcards $($help.globbing) in the help, $wildcards in the code" }
            # The parameters section shows one binding; it must be the binding of one of the parameter's sets.
            $declarations = @($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] })
            $required = @($declarations | ForEach-Object { $_.Mandatory.ToString().ToLowerInvariant() })
            if ($required -notcontains $help.required) { "-$($parameter.Name): Required $($help.required) in the help, Mandatory $($required -join '/') in the code" }
            $positions = @($declarations | ForEach-Object { if ($_.Position -ge 0) { "$($_.Position)" } else { 'named' } })
            if ($positions -notcontains $help.position.ToLowerInvariant()) { "-$($parameter.Name): Position $($help.position) in the help, $($positions -join '/') in the code" }
            $pipeline = @($declarations | ForEach-Object { Get-PipelineText $_ })
            if ($pipeline -notcontains $help.pipelineInput) { "-$($parameter.Name): pipeline input '$($help.pipelineInput)' in the help, '$($pipeline -join ''' / ''')' in the code" }
        }
        $problems | Should -BeNullOrEmpty
    }

    It 'documents no parameter the code does not have' {
        $extra = $script:Documented.Keys | Where-Object { -not $script:Command.Parameters.ContainsKey($_) }
        $extra | Should -BeNullOrEmpty
    }

    It 'splits no word at a hyphen and has its online address as HelpUri' {
        $text = $script:Help | Out-String -Width 200
        $text | Should -Not -Match '\b[A-Za-z]+- (?!(or|and) )[A-Za-z]+'
        $script:Command.HelpUri | Should -Be "https://github.com/appsnapshot/AppSnapshot/blob/main/docs/help/$_.md"
    }
}

Describe 'Aliases in Get-Help' {
    It 'lists the Id alias of Get-EcsInstance -InstanceId' {
        $text = Get-Help -Name Get-EcsInstance -Parameter InstanceId | Out-String
        $text | Should -Match 'Aliases\s+Id'
        (Get-Help -Name Get-EcsInstance -Parameter Name | Out-String) | Should -Match 'Accept wildcard characters\?\s+true'
    }
}
