# New-AppConsistentSnapshotGroup against the emulator (sped up 50x): the MySQL best-practice pipeline end
# to end, file-system consistency without scripts or writers, -NoWait, the plug-in's exit 13, input
# refused before any call, and -WhatIf. Instances are selected by their fixture tags.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession -SpeedFactor 0.02
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }
    $script:SqlServer = Get-EcsInstance -Tag @{ role = 'sqlserver' }
    $script:NoRole = Get-EcsInstance -Tag @{ role = 'no-role' }
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'New-AppConsistentSnapshotGroup' {
    Context 'the MySQL best-practice pipeline' {
        BeforeAll {
            # The fixture attaches EcsSnapshotRole to every instance; start from an instance without a
            # role, as on a fresh account, so the documented pipeline runs unchanged.
            Reset-TestEmulator -Session $script:Session
            $script:Mysql = Get-EcsInstance -Tag @{ role = 'mysql' }
            $script:Mysql | Remove-EcsInstanceRamRole -Confirm:$false
            Initialize-AppSnapshotRamRole -Confirm:$false | Out-Null
            $script:PipelineResults = @(Get-EcsInstance -Tag @{ role = 'mysql' } |
                Set-EcsInstanceRamRole -RamRoleName AppSnapshotRoleName -PassThru -Confirm:$false |
                Send-AppSnapshotScript -Template MySQL -Confirm:$false |
                Test-AppSnapshotPrerequisite |
                Where-Object Ready |
                New-AppConsistentSnapshotGroup -Name pester-mysql -Confirm:$false -ErrorVariable pipelineErrors)
            $script:PipelineErrors = @($pipelineErrors)
        }

        It 'creates an application-consistent group from role setup to snapshot' {
            $script:PipelineErrors | Should -BeNullOrEmpty
            $script:PipelineResults.Count | Should -Be 1
            $result = $script:PipelineResults[0]
            $result.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.AppSnapshotResult'
            $result.InstanceId | Should -Be $script:Mysql.InstanceId
            $result.Succeeded | Should -BeTrue
            $result.ExitCode | Should -Be 0
            $result.Consistency | Should -Be 'Application'
            $result.SnapshotGroupId | Should -Match '^ssg-'
            $result.SnapshotGroupName | Should -Be 'pester-mysql'
            $result.FreezeSeconds | Should -BeOfType [double]
            $result.PreScriptSeconds | Should -BeOfType [double]
            $result.GuestOutput | Should -Match 'mysql'
        }

        It 'leaves a group whose snapshots are all application consistent' {
            $group = Get-EcsSnapshotGroup -Name pester-mysql
            $group.SnapshotGroupId | Should -Be $script:PipelineResults[0].SnapshotGroupId
            $group.Consistency | Should -Be 'Application'
            @($group.Snapshots).Count | Should -Be 2
            $group.Snapshots | ForEach-Object { $_.Consistency | Should -Be 'Application' }
        }
    }

    Context 'file-system consistency' {
        It 'gives FileSystem on Linux with -NoScripts' {
            $result = $script:Web | New-AppConsistentSnapshotGroup -Name pester-noscripts -NoScripts -Confirm:$false
            $result.Succeeded | Should -BeTrue
            $result.Consistency | Should -Be 'FileSystem'
        }

        It 'gives Application on Windows with the VSS writers' {
            $result = $script:SqlServer | New-AppConsistentSnapshotGroup -Name pester-writers -Confirm:$false
            $result.Consistency | Should -Be 'Application'
        }

        It 'gives FileSystem on Windows with -ExcludeWriters' {
            $result = $script:SqlServer | New-AppConsistentSnapshotGroup -Name pester-nowriters -ExcludeWriters -Confirm:$false
            $result.Consistency | Should -Be 'FileSystem'
        }

        It 'reports FileSystem as an error with -RequireApplicationConsistent' {
            $result = $script:Web | New-AppConsistentSnapshotGroup -Name pester-required -NoScripts -RequireApplicationConsistent -Confirm:$false -ErrorVariable runErrors -ErrorAction SilentlyContinue
            $result.Consistency | Should -Be 'FileSystem'
            $runErrors[0].FullyQualifiedErrorId | Should -Be 'NotApplicationConsistent,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand'
        }
    }

    Context '-NoWait' {
        It 'returns the invocation at once and Get-AppSnapshotResult -InvokeId -Wait gives the result' {
            $invocation = $script:Web | New-AppConsistentSnapshotGroup -Name pester-nowait -NoScripts -NoWait -Confirm:$false
            $invocation.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.SnapshotInvocation'
            $invocation.InvokeId | Should -Match '^t-'
            $invocation.InstanceId | Should -Be $script:Web.InstanceId
            $invocation.GroupName | Should -Be 'pester-nowait'
            $result = Get-AppSnapshotResult -InvokeId $invocation.InvokeId -InstanceId $invocation.InstanceId -Wait
            $result.InvokeId | Should -Be $invocation.InvokeId
            $result.InstanceId | Should -Be $script:Web.InstanceId
            $result.Consistency | Should -Be 'FileSystem'
        }

        It 'returns an invocation that pipes into Get-AppSnapshotResult -Wait' {
            $invocation = $script:Web | New-AppConsistentSnapshotGroup -Name pester-nowait-piped -NoScripts -NoWait -Confirm:$false
            $result = $invocation | Get-AppSnapshotResult -Wait -ErrorVariable resultErrors
            $resultErrors | Should -BeNullOrEmpty
            $result.InvokeId | Should -Be $invocation.InvokeId
            $result.InstanceId | Should -Be $script:Web.InstanceId
            $result.Consistency | Should -Be 'FileSystem'
        }
    }

    Context 'errors' {
        It 'explains the plug-in exit 13 on the instance without a role' {
            $result = $script:NoRole | New-AppConsistentSnapshotGroup -Name pester-norole -RamRoleName EcsSnapshotRole -Confirm:$false -ErrorVariable runErrors -ErrorAction SilentlyContinue
            $result.ExitCode | Should -Be 13
            $result.Succeeded | Should -BeFalse
            $result.ExitCodeMeaning | Should -Match 'RAM role'
            $runErrors.Count | Should -Be 1
            $runErrors[0].FullyQualifiedErrorId | Should -Be 'PluginNoRamRole,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand'
            $runErrors[0].ErrorDetails.RecommendedAction | Should -Match 'Set-EcsInstanceRamRole'
        }

        It 'refuses the instance without a role before running when no -RamRoleName is given' {
            $output = @($script:NoRole | New-AppConsistentSnapshotGroup -Name pester-norole2 -Confirm:$false -ErrorVariable runErrors -ErrorAction SilentlyContinue)
            $output.Count | Should -Be 0
            $runErrors[0].FullyQualifiedErrorId | Should -Be 'RamRoleNotAttached,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand'
        }

        It 'refuses a bad -Name with InvalidParameterValue and creates no snapshot' {
            $before = @(Get-EcsSnapshotGroup -InstanceId $script:Web.InstanceId).Count
            { $script:Web | New-AppConsistentSnapshotGroup -Name '1-starts-with-a-digit' -Confirm:$false } |
                Should -Throw -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand'
            { $script:Web | New-AppConsistentSnapshotGroup -Name 'http://not-a-name' -Confirm:$false } |
                Should -Throw -ErrorId 'InvalidParameterValue,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand'
            @(Get-EcsSnapshotGroup -InstanceId $script:Web.InstanceId).Count | Should -Be $before
        }

        It 'refuses a timeout out of range before any call' {
            { $script:Web | New-AppConsistentSnapshotGroup -FreezeTimeoutSeconds 0 } |
                Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand'
        }

        It 'does not combine -NoWait with -TimeoutSeconds' {
            { $script:Web | New-AppConsistentSnapshotGroup -NoWait -TimeoutSeconds 60 } |
                Should -Throw -ErrorId 'AmbiguousParameterSet,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand'
        }
    }

    Context '-WhatIf' {
        It 'creates no group' {
            $script:Web | New-AppConsistentSnapshotGroup -Name pester-whatif -WhatIf
            @(Get-EcsSnapshotGroup -Name pester-whatif).Count | Should -Be 0
        }
    }
}
