# The package as a user gets it, in the real engine and offline: the built module is published to a
# local file repository, installed from it with Install-PSResource into a clean module path, imported
# and run. The install happens in a child pwsh whose home folder (and so its CurrentUser module path
# and PSResourceGet repository list) is a fresh temporary folder, so nothing of this machine's modules
# or repositories takes part and nothing is left behind. The child refuses to install anywhere else.

BeforeDiscovery {
    # The clean module path comes from a temporary HOME, which isolates the CurrentUser scope on Linux
    # and macOS only; on Windows the Documents folder does not follow HOME.
    $script:Isolatable = [bool]((Get-Variable -Name IsLinux -ValueOnly -ErrorAction SilentlyContinue) -or (Get-Variable -Name IsMacOS -ValueOnly -ErrorAction SilentlyContinue))
}

Describe 'The published package' -Skip:(-not $script:Isolatable) {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        $script:ModuleFolder = Split-Path -Path (Get-BuiltManifestPath) -Parent
        $script:Work = Join-Path ([System.IO.Path]::GetTempPath()) ('appsnapshot-package-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $script:Work | Out-Null
        $child = Join-Path $script:Work 'install.ps1'
        Set-Content -Path $child -Value @'
param([string] $ModuleFolder, [string] $Work)
$ErrorActionPreference = 'Stop'
$userModules = ($env:PSModulePath -split [System.IO.Path]::PathSeparator)[0]
if (-not $userModules.StartsWith($Work)) { throw "The user module path $userModules is not under ${Work}: refusing to install." }
$repository = Join-Path $Work 'repository'
$stage = Join-Path $Work 'stage/AppSnapshot'
New-Item -ItemType Directory -Path $repository, (Split-Path $stage) | Out-Null
Copy-Item -Path $ModuleFolder -Destination $stage -Recurse
Register-PSResourceRepository -Name AppSnapshotLocal -Uri $repository -Trusted
Publish-PSResource -Path $stage -Repository AppSnapshotLocal
Install-PSResource -Name AppSnapshot -Repository AppSnapshotLocal -Scope CurrentUser -TrustRepository -Quiet
$available = @(Get-Module -ListAvailable -Name AppSnapshot)
Import-Module -Name AppSnapshot
$module = Get-Module -Name AppSnapshot
$streams = @(Set-AppSnapshotDefault -RegionId cn-beijing -PassThru -Debug -Verbose 5>&1 4>&1)
$defaults = Get-AppSnapshotDefault -Debug -Verbose 5>$null 4>$null
[pscustomobject]@{
    Packages     = @(Get-ChildItem -Path $repository -Filter '*.nupkg' | ForEach-Object Name)
    Available    = @($available | ForEach-Object ModuleBase)
    ModuleBase   = $module.ModuleBase
    Version      = $module.Version.ToString()
    Files        = @(Get-ChildItem -Path $module.ModuleBase -Recurse -File | ForEach-Object { $_.FullName.Substring($module.ModuleBase.Length + 1).Replace('\', '/') })
    ReleaseNotes = $module.PrivateData.PSData.ReleaseNotes
    Cmdlets      = @($module.ExportedCmdlets.Keys)
    Verbose      = @($streams | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
    PassThru     = @($streams | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] -and $_ -isnot [System.Management.Automation.DebugRecord] } | ForEach-Object RegionId)
    RegionId     = $defaults.RegionId
    Repositories = @(Get-PSResourceRepository | ForEach-Object Name)
} | ConvertTo-Json -Depth 4 -Compress
'@
        # dotnet still finds the pinned pwsh tool through the real NuGet cache and CLI home.
        $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim() }
        $saved = @{ HOME = $env:HOME; XDG_DATA_HOME = $env:XDG_DATA_HOME; NUGET_PACKAGES = $env:NUGET_PACKAGES; DOTNET_CLI_HOME = $env:DOTNET_CLI_HOME }
        $env:DOTNET_CLI_HOME = if ($env:DOTNET_CLI_HOME) { $env:DOTNET_CLI_HOME } else { $HOME }
        $env:NUGET_PACKAGES = $packages
        $env:HOME = Join-Path $script:Work 'home'
        $env:XDG_DATA_HOME = $null
        New-Item -ItemType Directory -Path $env:HOME | Out-Null
        try {
            # The child runs the same way this engine was started: the pinned pwsh tool (dotnet pwsh).
            $output = & dotnet pwsh -NoProfile -NonInteractive -File $child -ModuleFolder $script:ModuleFolder -Work $script:Work 2>&1
            $script:ExitCode = $LASTEXITCODE
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
        $script:Output = ($output | ForEach-Object { "$_" }) -join "`n"
        $json = @($output | ForEach-Object { "$_" } | Where-Object { $_.StartsWith('{') }) | Select-Object -Last 1
        $script:Result = if ($json) { $json | ConvertFrom-Json } else { $null }
        $script:Manifest = Import-PowerShellDataFile -Path (Get-BuiltManifestPath)
    }

    AfterAll {
        Remove-Item -Path $script:Work -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'publishes, installs, imports and runs without an error' {
        $script:ExitCode | Should -Be 0 -Because $script:Output
        $script:Result | Should -Not -BeNullOrEmpty -Because $script:Output
    }

    It 'is one nupkg of the manifest version in the local repository' {
        $script:Result.Packages | Should -Be @("AppSnapshot.$($script:Manifest.ModuleVersion).nupkg")
        $script:Result.Version | Should -Be $script:Manifest.ModuleVersion
    }

    It 'is installed into the clean module path only, and the local repository is the one registered there' {
        $expected = Join-Path $script:Work 'home'
        @($script:Result.Available).Count | Should -Be 1
        $script:Result.ModuleBase | Should -BeLike "$expected*"
        $script:Result.Repositories | Should -Contain 'AppSnapshotLocal'
    }

    It 'carries its release notes: PSData.ReleaseNotes of this version and CHANGELOG.md' {
        $script:Result.ReleaseNotes | Should -BeLike "$($script:Manifest.ModuleVersion) *"
        $script:Result.Files | Should -Contain 'CHANGELOG.md'
        $script:Result.Files | Should -Contain 'LICENSE'
        $script:Result.Files | Should -Contain 'en-US/AppSnapshot.dll-Help.xml'
        $script:Result.Files | Should -Not -Contain 'System.Management.Automation.dll'
        ($script:Result.Files | Where-Object { $_ -like '*.dll' } | Sort-Object) | Should -Be @('AppSnapshot.Core.dll', 'AppSnapshot.dll')
    }

    It 'exports the cmdlets of the manifest and runs one with -Debug -Verbose' {
        @($script:Result.Cmdlets | Sort-Object) | Should -Be @($script:Manifest.CmdletsToExport | Sort-Object)
        $script:Result.PassThru | Should -Be @('cn-beijing')
        $script:Result.Verbose | Should -Contain 'Session default RegionId: cn-beijing (was not set).'
        $script:Result.RegionId | Should -Be 'cn-beijing'
    }
}
