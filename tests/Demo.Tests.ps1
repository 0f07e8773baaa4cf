# The demo (tools/demo/Invoke-AppSnapshotDemo.ps1) run the way build.ps1 -Task Demo runs it: a child
# `dotnet pwsh`, the built module, its own emulator on a free port (sped up 50x). It must exit 0, show
# every step of the workflow and stop its emulator; an emulator that cannot start must end it non-zero
# with a clear error.

BeforeAll {
    $script:RepoRoot = Split-Path -Path $PSScriptRoot -Parent
    $script:DemoScript = Join-Path $script:RepoRoot 'tools/demo/Invoke-AppSnapshotDemo.ps1'

    function Invoke-DemoProcess {
        param([string[]] $ArgumentList = @())
        # dotnet finds the pinned pwsh through the repository's tool manifest, so run from the repository.
        Push-Location -Path $script:RepoRoot
        try {
            $output = & dotnet pwsh -NoProfile -NonInteractive -File $script:DemoScript @ArgumentList 2>&1
            $text = ($output | ForEach-Object { "$_" }) -join "`n"
            [pscustomobject]@{
                ExitCode = $LASTEXITCODE
                Text     = $text -replace "\e\[[0-9;]*m", ''
            }
        }
        finally {
            Pop-Location
        }
    }

    function Get-Escaped([string] $Text) {
        [regex]::Escape($Text)
    }
}

Describe 'The AppSnapshot demo' {
    BeforeAll {
        $script:Run = Invoke-DemoProcess -ArgumentList @('-EmulatorSpeed', '0.02')
    }

    It 'exits with code 0' {
        $script:Run.ExitCode | Should -Be 0 -Because $script:Run.Text
    }

    It 'shows every step of the workflow with its outcome' {
        $text = $script:Run.Text
        $text | Should -Match 'Emulator answering on http://127\.0\.0\.1:\d+ \(process \d+\)'
        $text | Should -Match (Get-Escaped 'PS> Initialize-AppSnapshotRamRole')
        $text | Should -Match 'AppSnapshotRoleName\s+Created\s+AppSnapshotPolicy\s+Created\s+Attached'
        $text | Should -Match 'i-mysql-centos79\s+EcsSnapshotRole\s+Current'
        $text | Should -Match 'i-mysql-centos79\s+AppSnapshotRoleName\s+Replaced'
        $text | Should -Match 'i-win2019-sql\s+AppSnapshotRoleName\s+Replaced'
        $text | Should -Match (Get-Escaped 'PS> Send-AppSnapshotScript -InstanceId $MySqlId -Template MySQL')
        $text | Should -Match 'i-mysql-centos79\s+MySQL\s+Success\s+True'
        $text | Should -Match (Get-Escaped 'PS> Test-AppSnapshotPrerequisite')
        $text | Should -Match 'i-win2019-sql\s+Windows\s+True'
        $text | Should -Match (Get-Escaped '[INFO]:Flush tables with read lock command execute success')
        $text | Should -Match (Get-Escaped '-ExcludeWriters')
        $text | Should -Match (Get-Escaped 'i-mysql-centos79: Application-consistent')
        $text | Should -Match (Get-Escaped 'i-win2019-sql: Application-consistent')
        $text | Should -Match (Get-Escaped 'i-win2019-sql: FileSystem-consistent')
        $text | Should -Match 'ExitCode 0: The snapshot-consistent group was created'
        $text | Should -Match 'Freeze window: \d+\.\d+ s of frozen I/O'
        $text | Should -Match (Get-Escaped 'PS> Get-EcsSnapshotGroup')
        $text | Should -Match 'demo-sql-nowriters\s+i-win2019-sql\s+Removed'
        $text | Should -Match 'RollbackInstanceNotStopped,AppSnapshot\.Commands\.RestoreEcsSnapshotGroupCommand'
        $text | Should -Match 'd-mysql-centos79-data1\s+s-\S+\s+Success\s+True'
        $text | Should -Match 'i-mysql-centos79\s+Running\s+AppSnapshotRoleName'
        $text | Should -Match 'Demo finished without an unexpected error'
    }

    It 'stops the emulator it started' {
        $script:Run.Text | Should -Match 'Emulator stopped'
        $emulatorId = [int] [regex]::Match($script:Run.Text, 'Emulator answering on \S+ \(process (\d+)\)').Groups[1].Value
        $emulatorId | Should -BeGreaterThan 0
        Get-Process -Id $emulatorId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}

Describe 'The AppSnapshot demo with an emulator that cannot start' {
    It 'stops with a clear error and a non-zero exit code' {
        # Not an assembly: dotnet exits at once, before anything answers.
        $run = Invoke-DemoProcess -ArgumentList @('-EmulatorPath', (Join-Path $script:RepoRoot 'README.md'))
        $run.ExitCode | Should -Not -Be 0
        $run.Text | Should -Match 'The ECS emulator exited with code \d+ before answering on http://127\.0\.0\.1:\d+'
        $run.Text | Should -Not -Match 'Demo finished'
    }
}
