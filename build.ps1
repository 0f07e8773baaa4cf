<#
.SYNOPSIS
    Builds, tests, documents, packages and demonstrates the AppSnapshot module.

.DESCRIPTION
    Runs on Windows PowerShell 5.1 and PowerShell 7 (Windows, Linux, macOS). Needs the .NET SDK.
    Build    dotnet build -> out/AppSnapshot (module folder with the help generated from docs/help)
    Test     Build, dotnet test, then the Pester tests in tests/*.Tests.ps1 (Pester restored from NuGet);
             prints "xunit: N passed, M failed", "Pester: ..." and last the sum "N passed, M failed"
    Help     platyPS New-ExternalHelp from docs/help when platyPS is installed, else the generator
    Package  a .nupkg of out/AppSnapshot in out/packages, made by PSResourceGet or PowerShellGet
    Demo     the whole workflow with the built cmdlets against the ECS emulator on a free port (tools/demo)
    Reliability  the figures of RELIABILITY.md: the real-engine Pester files tests/Reliability.*.Tests.ps1 (bad-input
             sweep, secret scan, honest ends) and the fault matrix (tests/AppSnapshot.Reliability), into out/reliability
    Clean    removes out/, the generated help and the bin/obj folders

.EXAMPLE
    .\build.ps1 -Task Test

.EXAMPLE
    .\build.ps1 -Task Package -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Help', 'Package', 'Demo', 'Reliability', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release',

    # Test: collect XPlat Code Coverage of AppSnapshot.Core (.ci/coverage.runsettings) into -ResultsDirectory.
    [switch] $Coverage,

    # Test: where dotnet test writes its results (default with -Coverage: out/TestResults).
    [string] $ResultsDirectory = '',

    # dotnet test --filter expression, for example "FullyQualifiedName~EngineTests".
    [string] $TestFilter = ''
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$RepoRoot = $PSScriptRoot
$ModuleOut = Join-Path $RepoRoot 'out/AppSnapshot'
$PackageOut = Join-Path $RepoRoot 'out/packages'
$HelpSource = Join-Path $RepoRoot 'docs/help'
$HelpOutput = Join-Path $RepoRoot 'en-US'
$Solution = Join-Path $RepoRoot 'AppSnapshot.sln'

function Invoke-Native {
    # Runs an external command and stops the build when it fails.
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @()
    )
    Write-Host "> $FilePath $($ArgumentList -join ' ')" -ForegroundColor DarkGray
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "$FilePath exited with code $LASTEXITCODE."
    }
}

function Invoke-BuildTask {
    Invoke-Native -FilePath 'dotnet' -ArgumentList @('build', $Solution, '-c', $Configuration)
    if (-not (Test-Path (Join-Path $ModuleOut 'AppSnapshot.psd1'))) {
        throw "The build did not lay out $ModuleOut."
    }
    Write-Host "Module ready: $ModuleOut"
}

function Invoke-XunitTests {
    # dotnet test over the solution (already built); returns the passed and failed counts it reports.
    $arguments = @('test', $Solution, '-c', $Configuration, '--no-build')
    if ($TestFilter) {
        $arguments += @('--filter', $TestFilter)
    }
    $results = $ResultsDirectory
    if ($Coverage -and -not $results) {
        $results = Join-Path $RepoRoot 'out/TestResults'
    }
    if ($results) {
        $arguments += @('--results-directory', $results)
    }
    if ($Coverage) {
        $arguments += @('--collect', 'XPlat Code Coverage', '--settings', (Join-Path $RepoRoot '.ci/coverage.runsettings'))
    }
    Write-Host "> dotnet $($arguments -join ' ')" -ForegroundColor DarkGray
    # Windows PowerShell turns redirected stderr lines into errors, which 'Stop' would make terminating.
    $ErrorActionPreference = 'Continue'
    $counts = [pscustomobject]@{ Passed = 0; Failed = 0 }
    & dotnet @arguments 2>&1 | ForEach-Object {
        $line = "$_"
        Write-Host $line
        # The summary of each test assembly: "Failed!  - Failed: 1, Passed: 99, Skipped: 0, Total: 100, ..."
        if ($line -match 'Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+\d+, Total:') {
            $counts.Failed += [int] $Matches[1]
            $counts.Passed += [int] $Matches[2]
        }
    }
    if ($LASTEXITCODE -ne 0 -and $counts.Failed -eq 0) {
        Write-Host "dotnet test exited with code $LASTEXITCODE without reporting a failed test: counted as 1 failure." -ForegroundColor Red
        $counts.Failed = 1
    }
    $counts
}

function Invoke-PesterTests {
    # Pester from NuGet (tools/pester) over tests/*.Tests.ps1, in this process; returns its counts.
    $manifest = & (Join-Path $RepoRoot 'tools/pester/Resolve-PesterManifest.ps1')
    Remove-Module -Name Pester -ErrorAction SilentlyContinue
    $pester = Import-Module -Name $manifest -Force -PassThru
    Write-Host "Pester $($pester.Version) from $manifest"
    $config = New-PesterConfiguration
    $config.Run.Path = @((Get-ChildItem -Path (Join-Path $RepoRoot 'tests') -Filter '*.Tests.ps1').FullName)
    $config.Run.Exit = $false
    $config.Run.Throw = $false
    $config.Run.PassThru = $true
    $config.Output.Verbosity = 'Normal'
    if ($ResultsDirectory) {
        $config.TestResult.Enabled = $true
        $config.TestResult.OutputFormat = 'NUnitXml'
        $config.TestResult.OutputPath = Join-Path $ResultsDirectory 'pester.xml'
    }
    # The tests are scripts as a user writes them: they run without this build script's strict mode
    # (strict mode is inherited by every scope below this one), as they do under plain Invoke-Pester.
    Set-StrictMode -Off
    $result = Invoke-Pester -Configuration $config
    foreach ($skipped in $result.Skipped) {
        $reason = if ($skipped.ErrorRecord) { " ($(@($skipped.ErrorRecord)[0].Exception.Message))" } else { '' }
        Write-Host "Skipped: $($skipped.ExpandedPath)$reason" -ForegroundColor Yellow
    }
    [pscustomobject]@{ Passed = $result.PassedCount; Failed = (Get-PesterFailureCount -Result $result) }
}

function Get-PesterFailureCount {
    # Failed tests, plus each failed block or file (a failing AfterAll, a parse error) that no failed test
    # inside it already accounts for: a failing BeforeAll fails its tests, which are counted once.
    param([Parameter(Mandatory)] $Result)
    $failed = $Result.FailedCount
    foreach ($item in @($Result.FailedBlocks) + @($Result.FailedContainers)) {
        $tests = @(Get-PesterNestedTest -Node $item)
        if ($item.PSObject.Properties['Tests']) {
            $tests += @($item.Tests)
        }
        if (-not ($tests | Where-Object Result -EQ 'Failed')) {
            $failed++
        }
    }
    $failed
}

function Get-PesterNestedTest {
    param($Node)
    foreach ($block in @($Node.Blocks)) {
        @($block.Tests)
        Get-PesterNestedTest -Node $block
    }
}

function Invoke-TestTask {
    Invoke-BuildTask
    $xunit = Invoke-XunitTests
    $pester = Invoke-PesterTests
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed"
    Write-Host "Pester: $($pester.Passed) passed, $($pester.Failed) failed"
    Write-Host "$($xunit.Passed + $pester.Passed) passed, $($xunit.Failed + $pester.Failed) failed"
    if ($xunit.Failed + $pester.Failed -gt 0) {
        exit 1
    }
}

function Invoke-HelpTask {
    $platyPS = Get-Module -ListAvailable -Name platyPS | Sort-Object Version -Descending | Select-Object -First 1
    if ($platyPS) {
        Import-Module $platyPS -Force
        $markdown = Get-ChildItem -Path $HelpSource -Filter '*.md' | Where-Object { $_.Name -ne 'README.md' -and $_.Name -notlike 'about_*' }
        New-ExternalHelp -Path $markdown.FullName -OutputPath $HelpOutput -Force | Out-Null
        Get-ChildItem -Path $HelpSource -Filter 'about_*.md' | ForEach-Object {
            New-ExternalHelp -Path $_.FullName -OutputPath $HelpOutput -Force | Out-Null
        }
        Write-Host "Help written to $HelpOutput by platyPS $($platyPS.Version)"
    }
    else {
        $project = Join-Path $RepoRoot 'tools/AppSnapshot.HelpGen/AppSnapshot.HelpGen.csproj'
        Invoke-Native -FilePath 'dotnet' -ArgumentList @('run', '--project', $project, '-c', $Configuration, '--', $HelpSource, $HelpOutput)
    }
    if (Test-Path $ModuleOut) {
        $moduleHelp = Join-Path $ModuleOut 'en-US'
        New-Item -ItemType Directory -Path $moduleHelp -Force | Out-Null
        Copy-Item -Path (Join-Path $HelpOutput '*') -Include '*.xml', '*.txt' -Destination $moduleHelp -Force
    }
}

function Invoke-PackageTask {
    Invoke-BuildTask
    $staging = Join-Path ([System.IO.Path]::GetTempPath()) ('AppSnapshot-package-' + [guid]::NewGuid().ToString('N'))
    $repositoryName = 'AppSnapshotLocal' + [guid]::NewGuid().ToString('N').Substring(0, 8)
    New-Item -ItemType Directory -Path $PackageOut -Force | Out-Null
    New-Item -ItemType Directory -Path $staging -Force | Out-Null
    # Publish-PSResource and Publish-Module want a folder named after the module.
    $modulePath = Join-Path $staging 'AppSnapshot'
    Copy-Item -Path $ModuleOut -Destination $modulePath -Recurse
    try {
        if (Get-Command -Name Publish-PSResource -ErrorAction SilentlyContinue) {
            Register-PSResourceRepository -Name $repositoryName -Uri $PackageOut -Trusted
            Publish-PSResource -Path $modulePath -Repository $repositoryName
        }
        elseif (Get-Command -Name Publish-Module -ErrorAction SilentlyContinue) {
            Register-PSRepository -Name $repositoryName -SourceLocation $PackageOut -PublishLocation $PackageOut -InstallationPolicy Trusted
            Publish-Module -Path $modulePath -Repository $repositoryName -NuGetApiKey 'local'
        }
        else {
            throw 'Neither Microsoft.PowerShell.PSResourceGet (Publish-PSResource) nor PowerShellGet (Publish-Module) is available.'
        }
    }
    finally {
        if (Get-Command -Name Unregister-PSResourceRepository -ErrorAction SilentlyContinue) {
            Unregister-PSResourceRepository -Name $repositoryName -ErrorAction SilentlyContinue
        }
        if (Get-Command -Name Unregister-PSRepository -ErrorAction SilentlyContinue) {
            Unregister-PSRepository -Name $repositoryName -ErrorAction SilentlyContinue
        }
        Remove-Item -Path $staging -Recurse -Force -ErrorAction SilentlyContinue
    }
    Get-ChildItem -Path $PackageOut -Filter '*.nupkg' | ForEach-Object { Write-Host "Package: $($_.FullName)" }
}

function Invoke-DemoTask {
    Invoke-BuildTask
    & (Join-Path $RepoRoot 'tools/demo/Invoke-AppSnapshotDemo.ps1') -Configuration $Configuration
}

function Invoke-ReliabilityTask {
    Invoke-BuildTask
    $out = Join-Path $RepoRoot 'out/reliability'
    Remove-Item -Path $out -Recurse -Force -ErrorAction SilentlyContinue
    New-Item -ItemType Directory -Path $out -Force | Out-Null
    $pester = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version.Major -ge 5 } | Sort-Object Version -Descending | Select-Object -First 1
    if ($pester) {
        Import-Module $pester -Force
        # The Pester files write their counts (bad inputs, secret scan) here; the fault matrix adds them to its figures.
        $env:APPSNAPSHOT_RELIABILITY_OUT = $out
        try {
            $config = New-PesterConfiguration
            $config.Run.Path = (Get-ChildItem -Path (Join-Path $RepoRoot 'tests') -Filter 'Reliability.*.Tests.ps1').FullName
            $config.Run.Exit = $false
            $config.Run.PassThru = $true
            $result = Invoke-Pester -Configuration $config
        }
        finally {
            Remove-Item -Path Env:APPSNAPSHOT_RELIABILITY_OUT -ErrorAction SilentlyContinue
        }
        if ($result.FailedCount -gt 0) {
            throw "$($result.FailedCount) reliability Pester test(s) failed."
        }
    }
    else {
        Write-Warning 'Pester 5 is not installed: the real-engine figures (bad inputs, secret scan) were skipped.'
    }
    $project = Join-Path $RepoRoot 'tests/AppSnapshot.Reliability/AppSnapshot.Reliability.csproj'
    Invoke-Native -FilePath 'dotnet' -ArgumentList @('run', '--project', $project, '-c', $Configuration, '--no-build', '--', '--trials', '10', '--out', $out)
    Write-Host "Figures: $(Join-Path $out 'figures.md')"
}

function Invoke-CleanTask {
    $paths = @(
        (Join-Path $RepoRoot 'out'),
        (Join-Path $HelpOutput 'AppSnapshot.dll-Help.xml')
    )
    $paths += Get-ChildItem -Path $HelpOutput -Filter 'about_*.help.txt' -ErrorAction SilentlyContinue | ForEach-Object { $_.FullName }
    $sourceFolders = @('src', 'tests', 'tools') | ForEach-Object { Join-Path $RepoRoot $_ }
    $paths += Get-ChildItem -Path $sourceFolders -Directory -Recurse -Include 'bin', 'obj' -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -notmatch 'node_modules' } |
        ForEach-Object { $_.FullName }
    foreach ($path in $paths) {
        if ($path -and (Test-Path $path)) {
            Remove-Item -Path $path -Recurse -Force
        }
    }
    Write-Host 'Clean.'
}

switch ($Task) {
    'Build' { Invoke-BuildTask }
    'Test' { Invoke-TestTask }
    'Help' { Invoke-HelpTask }
    'Package' { Invoke-PackageTask }
    'Demo' { Invoke-DemoTask }
    'Reliability' { Invoke-ReliabilityTask }
    'Clean' { Invoke-CleanTask }
}
