# Times in the results, in the real engine against the emulator: every time a DateTimeOffset with its
# true offset (the guest's for FreezeStart/ThawEnd, UTC for Cloud Assistant's), and the views in one zone.
# The emulator's guests log at UTC+8 and its guest times are not scaled by --speed, so this file runs it
# in real time: the freeze then lies inside the run as it does in the cloud.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'OutputTestHelpers.psm1') -Force
    $script:Emulator = Start-TestEmulator -SpeedFactor 1.0
    $script:Conn = New-EmulatorConnection -Endpoint $script:Emulator.Endpoint
    Import-BuiltModuleGlobally | Out-Null

    $web = Get-EcsInstance @script:Conn -Tag @{ role = 'web' } -Status Running
    $script:Result = $web | New-AppConsistentSnapshotGroup @script:Conn -Name 'times-test' -ErrorAction Stop
    $script:GuestOffset = [TimeSpan]::FromHours(8)
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Times of an AppSnapshotResult' {
    It 'gives FreezeStart and ThawEnd as DateTimeOffset with the guest''s offset, inferred from the log' {
        $script:Result.FreezeStart | Should -BeOfType [DateTimeOffset]
        $script:Result.ThawEnd | Should -BeOfType [DateTimeOffset]
        $script:Result.FreezeStart.Offset | Should -Be $script:GuestOffset
        $script:Result.ThawEnd.Offset | Should -Be $script:GuestOffset
    }

    It 'gives Cloud Assistant''s StartTime and FinishTime in UTC' {
        $script:Result.StartTime | Should -BeOfType [DateTimeOffset]
        $script:Result.StartTime.Offset | Should -Be ([TimeSpan]::Zero)
        $script:Result.FinishTime.Offset | Should -Be ([TimeSpan]::Zero)
    }

    It 'places the freeze inside the run (the service reports whole seconds)' {
        $start = $script:Result.StartTime.UtcDateTime
        $finish = $script:Result.FinishTime.UtcDateTime.AddSeconds(1)
        $script:Result.FreezeStart.UtcDateTime | Should -BeGreaterOrEqual $start
        $script:Result.ThawEnd.UtcDateTime | Should -BeLessOrEqual $finish
        $script:Result.ThawEnd | Should -BeGreaterThan $script:Result.FreezeStart
    }

    It 'writes the offset into JSON' {
        $json = $script:Result | ConvertTo-Json -Depth 4 | ConvertFrom-Json -AsHashtable -DateKind String
        $json.FreezeStart | Should -Match '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+08:00$'
        $json.StartTime | Should -Match '(Z|\+00:00)$'
    }
}

Describe 'Times in the views' {
    It 'shows every time of the list view in the local zone, the offset in the value' {
        $text = $script:Result | Format-List | Out-String -Width 120
        foreach ($name in 'FreezeStart', 'ThawEnd', 'StartTime', 'FinishTime') {
            $time = $script:Result.$name
            $expected = $time.ToLocalTime().ToString('yyyy-MM-dd HH:mm:ss zzz')
            Get-ListValue -Text $text -Label $name | Should -Be $expected -Because "$name is shown in the local zone"
        }
    }

    It 'shows the same times after Export-Clixml and Import-Clixml' {
        $path = Join-Path ([System.IO.Path]::GetTempPath()) ("times-" + [guid]::NewGuid().ToString('N') + '.xml')
        try {
            $script:Result | Export-Clixml -LiteralPath $path
            $text = Import-Clixml -LiteralPath $path | Format-List | Out-String -Width 120
            foreach ($name in 'FreezeStart', 'ThawEnd', 'StartTime', 'FinishTime') {
                $time = $script:Result.$name
                Get-ListValue -Text $text -Label $name | Should -Be ($time.ToLocalTime().ToString('yyyy-MM-dd HH:mm:ss zzz'))
            }
        }
        finally {
            Remove-Item -LiteralPath $path -ErrorAction SilentlyContinue
        }
    }

    It 'follows the viewer''s zone: a session at UTC+05:30 shows the guest''s freeze at +05:30' {
        $path = Join-Path ([System.IO.Path]::GetTempPath()) ("times-" + [guid]::NewGuid().ToString('N') + '.xml')
        $savedZone = $env:TZ
        try {
            $script:Result | Export-Clixml -LiteralPath $path
            $manifest = Join-Path (Split-Path -Path $PSScriptRoot -Parent) 'out/AppSnapshot/AppSnapshot.psd1'
            $command = "Import-Module '$manifest'; Import-Clixml -LiteralPath '$path' | Format-List | Out-String -Width 120"
            $env:TZ = 'Asia/Kolkata'
            Push-Location -Path (Split-Path -Path $PSScriptRoot -Parent)
            try {
                $text = (& dotnet pwsh -NoProfile -NonInteractive -Command $command) -join "`n"
            }
            finally {
                Pop-Location
            }
            $expected = $script:Result.FreezeStart.ToOffset([TimeSpan]::FromMinutes(330)).ToString('yyyy-MM-dd HH:mm:ss zzz')
            Get-ListValue -Text $text -Label 'FreezeStart' | Should -Be $expected
        }
        finally {
            $env:TZ = $savedZone
            Remove-Item -LiteralPath $path -ErrorAction SilentlyContinue
        }
    }
}
