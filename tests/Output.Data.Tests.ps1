# Data out of the real engine: JSON and CSV carry names, seconds and readable lists; Export-Clixml and
# Import-Clixml keep the views and the binding by property name; Get-EcsInstance fills disks, the Cloud
# Assistant state and the English OS name beside the local one.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'OutputTestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator -SpeedFactor 0.05
    $script:Conn = New-EmulatorConnection -Endpoint $script:Emulator.Endpoint
    Import-BuiltModuleGlobally | Out-Null

    $script:Web = Get-EcsInstance @script:Conn -Tag @{ role = 'web' } -Status Running
    $script:Result = $script:Web | New-AppConsistentSnapshotGroup @script:Conn -Name 'data-test' -ErrorAction Stop
    $script:Group = Get-EcsSnapshotGroup @script:Conn -SnapshotGroupId $script:Result.SnapshotGroupId
    $script:Report = $script:Web | Test-AppSnapshotPrerequisite @script:Conn

    function Get-EmulatorCallCount {
        param([Parameter(Mandatory)] [string] $Action)
        $counts = Invoke-RestMethod -Uri "$($script:Emulator.Endpoint)/_emulator/calls"
        $property = $counts.PSObject.Properties | Where-Object { $_.Name -like "*$Action*" }
        [int] (($property | Measure-Object -Property Value -Sum).Sum)
    }

    function New-TempPath([string] $Extension) {
        Join-Path ([System.IO.Path]::GetTempPath()) ('appsnapshot-' + [guid]::NewGuid().ToString('N') + $Extension)
    }
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'JSON' {
    It 'writes consistency, platform and severity as names, not numbers' {
        $result = $script:Result | ConvertTo-Json -Depth 4 | ConvertFrom-Json
        $result.Consistency | Should -BeOfType [string]
        $result.Consistency | Should -BeIn @('Application', 'FileSystem', 'Crash', 'Unknown')
        $result.Snapshots[0].Consistency | Should -BeOfType [string]
        ($script:Web | ConvertTo-Json -Depth 4 | ConvertFrom-Json).Platform | Should -Be 'Linux'
        $report = $script:Report | ConvertTo-Json -Depth 4 | ConvertFrom-Json
        $report.Platform | Should -Be 'Linux'
        $report.Checks.Severity | Should -Not -Contain 0
        $report.Checks.Severity | Should -Contain 'None'
        ($script:Group | ConvertTo-Json -Depth 4 | ConvertFrom-Json).Consistency | Should -BeOfType [string]
    }

    It 'writes durations as numbers of seconds, not fifteen TimeSpan fields' {
        $json = $script:Result | ConvertTo-Json -Depth 4
        $json | Should -Not -Match '"Ticks"'
        $result = $json | ConvertFrom-Json
        $result.FreezeSeconds | Should -BeOfType [double]
        $result.FreezeSeconds | Should -BeGreaterThan 0
        $result.TotalSeconds | Should -Not -BeNullOrEmpty
    }

    It 'writes lists as arrays and tags as an object' {
        $result = $script:Result | ConvertTo-Json -Depth 4 | ConvertFrom-Json
        @($result.Snapshots).Count | Should -Be @($script:Result.Snapshots).Count
        @($result.LogLines).Count | Should -Be @($script:Result.LogLines).Count
        $instance = $script:Web | ConvertTo-Json -Depth 4 | ConvertFrom-Json
        $instance.Tags.role | Should -Be 'web'
        @($instance.Disks).Count | Should -BeGreaterThan 0
        $instance.Disks[0].DiskId | Should -Match '^d-'
    }
}

Describe 'CSV' {
    It 'carries no type names: lists are joined text, tags key=value pairs' {
        foreach ($object in $script:Result, $script:Web, $script:Group, $script:Report) {
            $csv = $object | ConvertTo-Csv -NoTypeInformation
            $text = $csv -join [Environment]::NewLine
            $text | Should -Not -Match 'System\.Collections|System\.String\[\]|AppSnapshot\.Models\.' -Because ($object.GetType().Name)
        }
        $row = $script:Result | ConvertTo-Csv | ConvertFrom-Csv
        $row.Snapshots | Should -Be (@($script:Result.Snapshots.SnapshotId) -join ', ')
        $row.Consistency | Should -Be $script:Result.Consistency
        [double]::Parse($row.FreezeSeconds, [cultureinfo]::CurrentCulture) | Should -Be $script:Result.FreezeSeconds
        $row.LogLines | Should -Be (@($script:Result.LogLines) -join "`n")
        ($script:Web | ConvertTo-Csv | ConvertFrom-Csv).Tags | Should -Be 'env=test; role=web'
        ($script:Report | ConvertTo-Csv | ConvertFrom-Csv).FailedChecks | Should -Be ''
    }

    It 'round-trips through Export-Csv with one row per object' {
        $path = New-TempPath '.csv'
        try {
            Get-EcsInstance @script:Conn -Tag @{ env = 'test' } | Export-Csv -LiteralPath $path
            $rows = @(Import-Csv -LiteralPath $path)
            $rows.Count | Should -BeGreaterThan 5
            ($rows | Where-Object InstanceId -EQ $script:Web.InstanceId).Disks | Should -Be (@($script:Web.Disks.DiskId) -join ', ')
        }
        finally {
            Remove-Item -LiteralPath $path -ErrorAction SilentlyContinue
        }
    }
}

Describe 'Export-Clixml and Import-Clixml' {
    BeforeAll {
        $script:ClixmlPath = New-TempPath '.xml'
        $script:Originals = @($script:Result, $script:Web, $script:Group, $script:Report)
        $script:Originals | Export-Clixml -LiteralPath $script:ClixmlPath -Depth 4
        $script:Imported = @(Import-Clixml -LiteralPath $script:ClixmlPath)
    }

    AfterAll {
        Remove-Item -LiteralPath $script:ClixmlPath -ErrorAction SilentlyContinue
    }

    It 'keeps the type names, marked Deserialized' {
        for ($i = 0; $i -lt $script:Originals.Count; $i++) {
            $script:Imported[$i].PSObject.TypeNames[0] | Should -Be ('Deserialized.' + $script:Originals[$i].GetType().FullName)
        }
    }

    It 'applies the same views to the imported objects' {
        for ($i = 0; $i -lt $script:Originals.Count; $i++) {
            $live = $script:Originals[$i] | Format-Table | Out-String -Width 200
            $imported = $script:Imported[$i] | Format-Table | Out-String -Width 200
            $imported | Should -Be $live -Because "the table view of $($script:Originals[$i].GetType().Name)"
            $liveList = $script:Originals[$i] | Format-List | Out-String -Width 200
            $importedList = $script:Imported[$i] | Format-List | Out-String -Width 200
            $importedList | Should -Be $liveList -Because "the list view of $($script:Originals[$i].GetType().Name)"
        }
    }

    It 'still binds the imported objects by property name' {
        $report = $script:Imported[1] | Test-AppSnapshotPrerequisite @script:Conn
        $report.InstanceId | Should -Be $script:Web.InstanceId
        $group = $script:Imported[0] | Get-EcsSnapshotGroup @script:Conn
        $group.SnapshotGroupId | Should -Be $script:Result.SnapshotGroupId
    }
}

Describe 'Get-EcsInstance details' {
    It 'shows the English OS name with the local one beside it' {
        $script:Web.OSName | Should -Match '64 bit$'
        $script:Web.OSNameLocal | Should -Match '64位$'
    }

    It 'fills the disks, with multi-attach marked' {
        $shared = Get-EcsInstance @script:Conn -Tag @{ role = 'shared-disk' }
        @($shared.Disks).Count | Should -Be 2
        @($shared.Disks | Where-Object MultiAttach).DiskId | Should -Be @('d-multiattach-shared')
        ($shared.Disks | Where-Object Type -EQ 'system').Category | Should -Be 'cloud_essd'
    }

    It 'fills the Cloud Assistant state' {
        (Get-EcsInstance @script:Conn -Tag @{ role = 'no-agent' }).CloudAssistantRunning | Should -BeFalse
        $script:Web.CloudAssistantRunning | Should -BeTrue
    }

    It 'reads DescribeInstances only with -SkipDetail' {
        $before = @{}
        foreach ($action in 'DescribeInstances', 'DescribeDisks', 'DescribeCloudAssistantStatus', 'DescribeInstanceRamRole') {
            $before[$action] = Get-EmulatorCallCount -Action $action
        }
        $instances = @(Get-EcsInstance @script:Conn -Tag @{ env = 'test' } -SkipDetail)
        $instances.Count | Should -BeGreaterThan 5
        $instances | ForEach-Object { $_.Disks | Should -BeNullOrEmpty; $_.CloudAssistantRunning | Should -BeNullOrEmpty; $_.RamRoleName | Should -BeNullOrEmpty }
        foreach ($action in 'DescribeDisks', 'DescribeCloudAssistantStatus', 'DescribeInstanceRamRole') {
            Get-EmulatorCallCount -Action $action | Should -Be $before[$action] -Because "-SkipDetail makes no $action call"
        }
        Get-EmulatorCallCount -Action 'DescribeInstances' | Should -Be ($before['DescribeInstances'] + 1)
    }
}
