# The pattern for per-cmdlet Pester tests: one file per cmdlet, the emulator started once per file
# on a free port, assertions on the objects returned, errors checked by FullyQualifiedErrorId.
# Instances are selected by tag, never by hard-coded ids (the emulator's fixture may change them).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Get-EcsInstance' {
    Context 'filters' {
        It 'returns every instance of the region without parameters' {
            $instances = @(Get-EcsInstance)
            $instances.Count | Should -BeGreaterThan 2
            foreach ($instance in $instances) {
                $instance.InstanceId | Should -Match '^i-'
                $instance.RegionId | Should -Be 'cn-hangzhou'
            }
        }

        It 'returns objects of the documented output type' {
            $instance = Get-EcsInstance | Select-Object -First 1
            $instance.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.EcsInstance'
        }

        It 'selects the MySQL instance by tag' {
            $mysql = @(Get-EcsInstance -Tag @{ role = 'mysql' })
            $mysql.Count | Should -Be 1
            $mysql[0].OSType | Should -Be 'Linux'
            $mysql[0].OSName | Should -Match 'CentOS'
        }

        It 'filters by operating system family' {
            $windows = @(Get-EcsInstance -OSType Windows)
            $windows.Count | Should -BeGreaterThan 0
            $windows | ForEach-Object { $_.OSType | Should -Be 'Windows' }
        }

        It 'matches names with wildcards' {
            $first = Get-EcsInstance | Select-Object -First 1
            $pattern = $first.InstanceName.Substring(0, 2) + '*'
            @(Get-EcsInstance -Name $pattern).InstanceId | Should -Contain $first.InstanceId
        }

        It 'refuses a status outside the accepted values' {
            { Get-EcsInstance -Status Sleeping } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.GetEcsInstanceCommand'
        }
    }

    Context 'instance ids' {
        It 'binds InstanceId from piped objects by property name' {
            $mysql = Get-EcsInstance -Tag @{ role = 'mysql' }
            $again = $mysql | Get-EcsInstance
            $again.InstanceId | Should -Be $mysql.InstanceId
        }

        It 'accepts the Id alias' {
            $mysql = Get-EcsInstance -Tag @{ role = 'mysql' }
            (Get-EcsInstance -Id $mysql.InstanceId).InstanceId | Should -Be $mysql.InstanceId
        }

        It 'reports an unknown id as a non-terminating error and returns the others' {
            $mysql = Get-EcsInstance -Tag @{ role = 'mysql' }
            $found = @(Get-EcsInstance -InstanceId 'i-doesnotexist0000', $mysql.InstanceId -ErrorVariable lookupErrors -ErrorAction SilentlyContinue)
            $found.InstanceId | Should -Be @($mysql.InstanceId)
            $lookupErrors.Count | Should -Be 1
            $lookupErrors[0].FullyQualifiedErrorId | Should -Be 'InstanceNotFound,AppSnapshot.Commands.GetEcsInstanceCommand'
            $lookupErrors[0].TargetObject | Should -Be 'i-doesnotexist0000'
        }
    }

    Context 'credentials and region' {
        It 'fails when the AccessKey is wrong' {
            $secret = ConvertTo-SecureString -String 'NotTheEmulatorSecret' -AsPlainText -Force
            $wrongKey = New-Object System.Management.Automation.PSCredential ('LTAI5tEmulatorAccess01', $secret)
            { Get-EcsInstance -Credential $wrongKey -ErrorAction Stop } | Should -Throw
        }

        It 'takes the region from -RegionId before ALIBABA_CLOUD_REGION_ID' {
            $instances = @(Get-EcsInstance -RegionId cn-shanghai)
            $instances | ForEach-Object { $_.RegionId | Should -Be 'cn-shanghai' }
        }
    }

    Context '-WhatIf' {
        It 'is not offered: Get-EcsInstance only reads' {
            (Get-Command -Name Get-EcsInstance).Parameters.ContainsKey('WhatIf') | Should -BeFalse
        }

        It 'observes that -WhatIf of a state-changing cmdlet changed nothing' {
            $before = Get-EcsInstance -Tag @{ role = 'mysql' }
            $before | Set-EcsInstanceRamRole -RamRoleName AppSnapshotRoleName -WhatIf
            (Get-EcsInstance -InstanceId $before.InstanceId).RamRoleName | Should -Be $before.RamRoleName
        }
    }
}
