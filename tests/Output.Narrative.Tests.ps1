# The narrative in the real engine: -Verbose names each API call with its region and what it covers and
# each instance as it finishes; progress gives the time left and the instances still running; a session
# that cannot prompt refuses a High-impact change with ConfirmationRequired and says to add -Confirm:$false.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'OutputTestHelpers.psm1') -Force
    # Windows runs take 16 s nominal and Linux ones about 3 s: at 0.2 the Linux instances finish well before.
    $script:Emulator = Start-TestEmulator -SpeedFactor 0.2
    $script:Conn = New-EmulatorConnection -Endpoint $script:Emulator.Endpoint
    Import-BuiltModuleGlobally | Out-Null
    $script:RepoRoot = Split-Path -Path $PSScriptRoot -Parent
    $script:Manifest = Join-Path $script:RepoRoot 'out/AppSnapshot/AppSnapshot.psd1'

    function Get-VerboseText {
        param([Parameter(Mandatory)] [scriptblock] $Command)
        @(& $Command 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
    }

    function Invoke-NonInteractive {
        # A child `dotnet pwsh -NonInteractive`: the session that cannot prompt. Prints the error's fields.
        param([Parameter(Mandatory)] [string] $Command)
        $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$($script:Manifest)'
`$secret = ConvertTo-SecureString 'EmulatorSecretDoNotUseInProd01' -AsPlainText -Force
`$c = @{ Endpoint = '$($script:Emulator.Endpoint)'; Credential = [pscredential]::new('LTAI5tEmulatorAccess01', `$secret); RegionId = 'cn-hangzhou' }
try { $Command; 'NO ERROR' }
catch { 'ID=' + `$_.FullyQualifiedErrorId; 'MESSAGE=' + `$_.Exception.Message; 'ACTION=' + `$_.ErrorDetails.RecommendedAction }
"@
        Push-Location -Path $script:RepoRoot
        try {
            (& dotnet pwsh -NoProfile -NonInteractive -Command $script 2>&1 | ForEach-Object { "$_" }) -join "`n"
        }
        finally {
            Pop-Location
        }
    }
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe '-Verbose' {
    It 'names each call of Get-EcsInstance with its region and count' {
        $verbose = Get-VerboseText { Get-EcsInstance @script:Conn -Tag @{ env = 'test' } -Verbose }
        $count = @(Get-EcsInstance @script:Conn -Tag @{ env = 'test' } -SkipDetail).Count
        $verbose | Should -Contain 'DescribeInstances cn-hangzhou: every instance of the region that matches the filter'
        $verbose | Should -Contain "DescribeCloudAssistantStatus cn-hangzhou: $count instances"
        $verbose | Should -Contain "Found $count instance(s) in cn-hangzhou."
    }

    It 'names the calls of Test-AppSnapshotPrerequisite and each instance''s verdict' {
        $web = Get-EcsInstance @script:Conn -Tag @{ role = 'web' }
        $verbose = Get-VerboseText { $web | Test-AppSnapshotPrerequisite @script:Conn -Verbose }
        $verbose | Should -Contain "DescribeInstances cn-hangzhou: $($web.InstanceId)"
        $verbose | Should -Contain "DescribeDisks cn-hangzhou: the disks of $($web.InstanceId)"
        $verbose | Should -Contain "$($web.InstanceId) checked: ready."
    }

    It 'names RunCommand with its count and each instance as it finishes' {
        $linux = @(Get-EcsInstance @script:Conn -Tag @{ env = 'test' } -SkipDetail | Where-Object { $_.InstanceId -in 'i-ubuntu2204', 'i-mysql-centos79' })
        $linux.Count | Should -Be 2
        $verbose = Get-VerboseText { $linux | New-AppConsistentSnapshotGroup @script:Conn -Name 'verbose-test' -Verbose | Out-Null }
        $verbose | Should -Contain 'RunCommand cn-hangzhou: 2 instances'
        foreach ($instance in $linux) {
            @($verbose | Where-Object { $_ -like "$($instance.InstanceId) finished: *-consistent group ssg-*" }).Count | Should -Be 1
        }
        ($verbose -join "`n") | Should -Not -Match 'EmulatorSecretDoNotUseInProd01'
    }
}

Describe 'Progress' {
    It 'gives the time left and names the instances still running' {
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript({
                    param($Manifest, $Conn)
                    Import-Module $Manifest
                    Get-EcsInstance @Conn -Tag @{ env = 'test' } -SkipDetail |
                        Where-Object { $_.InstanceId -in 'i-ubuntu2204', 'i-win2019-sql' } |
                        New-AppConsistentSnapshotGroup @Conn -Name 'progress-test'
                }).AddArgument($script:Manifest).AddArgument($script:Conn)
            $results = $ps.Invoke()
            $ps.Streams.Error | Should -BeNullOrEmpty
            @($results).Count | Should -Be 2
            $waiting = @($ps.Streams.Progress | Where-Object { $_.Activity -like 'Waiting*' -and $_.RecordType -eq 'Processing' })
            $partial = @($waiting | Where-Object StatusDescription -Like '1 of 2*')
            $partial.Count | Should -BeGreaterThan 0 -Because 'the Linux instance finishes first'
            $partial[0].CurrentOperation | Should -Be 'Still running: i-win2019-sql'
            $partial[0].SecondsRemaining | Should -BeGreaterOrEqual 0
            $waiting[-1].PercentComplete | Should -Be 100
        }
        finally {
            $ps.Dispose()
        }
    }
}

Describe 'Confirmation in a session that cannot prompt' {
    BeforeAll {
        $web = Get-EcsInstance @script:Conn -Tag @{ role = 'web' }
        $script:Group = $web | New-AppConsistentSnapshotGroup @script:Conn -Name 'confirm-test' -ErrorAction Stop
        Wait-TestCondition -Description 'the group is accomplished' -Condition {
            (Get-EcsSnapshotGroup @script:Conn -SnapshotGroupId $script:Group.SnapshotGroupId).Status -eq 'accomplished'
        }
    }

    It '<Command> fails with ConfirmationRequired, says to add -Confirm:$false, and changes nothing' -ForEach @(
        @{ Command = 'Remove-EcsSnapshotGroup'; Cmdlet = 'RemoveEcsSnapshotGroupCommand'; Arguments = '-SnapshotGroupId {0}' }
        @{ Command = 'Restore-EcsSnapshotGroup'; Cmdlet = 'RestoreEcsSnapshotGroupCommand'; Arguments = '-SnapshotGroupId {0} -StopInstance' }
        @{ Command = 'Remove-EcsInstanceRamRole'; Cmdlet = 'RemoveEcsInstanceRamRoleCommand'; Arguments = '-InstanceId {1}' }
    ) {
        $before = Get-EcsInstance @script:Conn -InstanceId $script:Group.InstanceId
        $text = Invoke-NonInteractive -Command ("$Command @c " + ($Arguments -f $script:Group.SnapshotGroupId, $script:Group.InstanceId))
        $text | Should -Match "ID=ConfirmationRequired,AppSnapshot\.Commands\.$Cmdlet"
        $text | Should -Match 'MESSAGE=Confirmation is needed before .*cannot prompt.*\. Add -Confirm:\$false '
        $text | Should -Match 'ACTION=Add -Confirm:\$false'
        (Get-EcsSnapshotGroup @script:Conn -SnapshotGroupId $script:Group.SnapshotGroupId).SnapshotGroupId | Should -Be $script:Group.SnapshotGroupId
        $after = Get-EcsInstance @script:Conn -InstanceId $script:Group.InstanceId
        $after.Status | Should -Be $before.Status
        $after.RamRoleName | Should -Be $before.RamRoleName
    }

    It 'goes ahead with -Confirm:$false' {
        $text = Invoke-NonInteractive -Command "Remove-EcsSnapshotGroup @c -SnapshotGroupId $($script:Group.SnapshotGroupId) -Confirm:`$false | Out-Null"
        $text | Should -Match 'NO ERROR'
        Get-EcsSnapshotGroup @script:Conn -SnapshotGroupId $script:Group.SnapshotGroupId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}
