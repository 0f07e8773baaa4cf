# Send-AppSnapshotScript against the emulator: built-in template, local files, Windows refused,
# stopped instance refused, and -WhatIf (a later snapshot is still only file-system consistent). Every
# test starts from the fixture, where no scripts are uploaded (the emulator is reset before each).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession -SpeedFactor 0.02
    $script:Mysql = Get-EcsInstance -Tag @{ role = 'mysql' }
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }
    $script:Windows = Get-EcsInstance -Tag @{ role = 'sqlserver' }
    $script:Stopped = Get-EcsInstance -Tag @{ role = 'stopped' }
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Send-AppSnapshotScript' {
    BeforeEach {
        Reset-TestEmulator -Session $script:Session
    }

    Context '-WhatIf' {
        It 'uploads nothing: the next snapshot of the MySQL instance is only file-system consistent' {
            $script:Mysql | Send-AppSnapshotScript -Template MySQL -WhatIf
            $result = $script:Mysql | New-AppConsistentSnapshotGroup -Name 'pester-whatif-upload' -Confirm:$false
            $result.Consistency | Should -Be 'FileSystem'
        }
    }

    Context 'templates' {
        It 'delivers the MySQL template to the pre/post script paths' {
            $upload = $script:Mysql | Send-AppSnapshotScript -Template MySQL -Confirm:$false
            $upload.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.ScriptUploadResult'
            $upload.InstanceId | Should -Be $script:Mysql.InstanceId
            $upload.Source | Should -Be 'MySQL'
            $upload.Succeeded | Should -BeTrue
            $upload.Status | Should -Be 'Success'
            $upload.PreScriptPath | Should -Be '/tmp/prescript.sh'
            $upload.PostScriptPath | Should -Be '/tmp/postscript.sh'
            $upload.PreScriptInvokeId | Should -Match '^f-'
        }

        It 'makes the next MySQL snapshot application consistent' {
            $script:Mysql | Send-AppSnapshotScript -Template MySQL -Confirm:$false | Out-Null
            $result = $script:Mysql | New-AppConsistentSnapshotGroup -Name 'pester-after-upload' -Confirm:$false
            $result.Consistency | Should -Be 'Application'
        }

        It 'refuses an unknown template before uploading' {
            { $script:Web | Send-AppSnapshotScript -Template 'NoSuchDatabase' -Confirm:$false } | Should -Throw -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.SendAppSnapshotScriptCommand'
        }
    }

    Context 'local files' {
        It 'uploads two local files' {
            $pre = Join-Path $TestDrive 'pre.sh'
            $post = Join-Path $TestDrive 'post.sh'
            Set-Content -Path $pre -Value '#!/bin/bash', 'exit 0'
            Set-Content -Path $post -Value '#!/bin/bash', 'exit 0'
            $upload = $script:Web | Send-AppSnapshotScript -PreScriptPath $pre -PostScriptPath $post -Confirm:$false
            $upload.Succeeded | Should -BeTrue
        }

        It 'refuses a missing file with ScriptFileNotFound' {
            $post = Join-Path $TestDrive 'post.sh'
            { $script:Web | Send-AppSnapshotScript -PreScriptPath (Join-Path $TestDrive 'missing.sh') -PostScriptPath $post -Confirm:$false } |
                Should -Throw -ErrorId 'ScriptFileNotFound,AppSnapshot.Commands.SendAppSnapshotScriptCommand'
        }
    }

    Context 'ineligible instances' {
        It 'refuses Windows instances: they use VSS writers' {
            $output = @($script:Windows | Send-AppSnapshotScript -Template MySQL -Confirm:$false -ErrorVariable uploadErrors -ErrorAction SilentlyContinue)
            $output.Count | Should -Be 0
            $uploadErrors[0].FullyQualifiedErrorId | Should -Be 'ScriptUploadWindowsNotSupported,AppSnapshot.Commands.SendAppSnapshotScriptCommand'
        }

        It 'refuses a stopped instance' {
            $script:Stopped | Send-AppSnapshotScript -Template Generic -Confirm:$false -ErrorVariable uploadErrors -ErrorAction SilentlyContinue
            $uploadErrors[0].FullyQualifiedErrorId | Should -Be 'InstanceNotRunning,AppSnapshot.Commands.SendAppSnapshotScriptCommand'
        }
    }
}
