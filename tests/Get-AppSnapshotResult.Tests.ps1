# Get-AppSnapshotResult against the emulator (sped up 50x): results of -NoWait runs by InvokeId,
# per instance, with and without -Wait, and unknown or malformed ids.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Session = Start-TestSession -SpeedFactor 0.02
    $script:Web = Get-EcsInstance -Tag @{ role = 'web' }
    $script:Mixed = Get-EcsInstance -Tag @{ role = 'mixed' }

    function Assert-ExplainedResult {
        param($Results)
        foreach ($result in $Results) {
            $result.PSObject.TypeNames | Should -Contain 'AppSnapshot.Models.AppSnapshotResult'
            $result.ExitCode | Should -Be 0
            $result.ExitCodeMeaning | Should -Not -BeNullOrEmpty
            $result.SnapshotGroupId | Should -Match '^ssg-'
        }
        @($Results.InstanceId | Sort-Object) | Should -Be @(@($script:Web.InstanceId, $script:Mixed.InstanceId) | Sort-Object)
        # The plug-in skips the cloud_efficiency disk of the mixed instance.
        @(($Results | Where-Object InstanceId -EQ $script:Mixed.InstanceId).Snapshots).Count | Should -Be 2
    }
}

AfterAll {
    Stop-TestSession -Session $script:Session
}

Describe 'Get-AppSnapshotResult' {
    It 'waits for the invocations named by -InvokeId and explains each result' {
        $invocations = @($script:Web, $script:Mixed | New-AppConsistentSnapshotGroup -Name pester-result-id -NoScripts -NoWait -Confirm:$false)
        $invocations.Count | Should -BeGreaterThan 0
        $invokeIds = @($invocations.InvokeId | Sort-Object -Unique)
        $results = @(Get-AppSnapshotResult -InvokeId $invokeIds -Wait -TimeoutSeconds 120 -ErrorVariable resultErrors)
        $resultErrors | Should -BeNullOrEmpty
        $results.Count | Should -Be 2
        Assert-ExplainedResult $results
    }

    It 'waits for piped invocations and explains each result' {
        $invocations = @($script:Web, $script:Mixed | New-AppConsistentSnapshotGroup -Name pester-result -NoScripts -NoWait -Confirm:$false)
        $results = @($invocations | Get-AppSnapshotResult -Wait -TimeoutSeconds 120 -ErrorVariable resultErrors)
        $resultErrors | Should -BeNullOrEmpty
        $results.Count | Should -Be 2
        Assert-ExplainedResult $results
    }

    It 'reads one instance of an invocation with -InstanceId' {
        $invocation = $script:Web | New-AppConsistentSnapshotGroup -Name pester-result-one -NoScripts -NoWait -Confirm:$false
        $result = Get-AppSnapshotResult -InvokeId $invocation.InvokeId -InstanceId $script:Web.InstanceId -Wait
        $result.InstanceId | Should -Be $script:Web.InstanceId
        $result.InvokeId | Should -Be $invocation.InvokeId
    }

    It 'reports FileSystem as an error with -RequireApplicationConsistent' {
        $invocation = $script:Web | New-AppConsistentSnapshotGroup -Name pester-result-fs -NoScripts -NoWait -Confirm:$false
        $result = Get-AppSnapshotResult -InvokeId $invocation.InvokeId -Wait -RequireApplicationConsistent -ErrorVariable resultErrors -ErrorAction SilentlyContinue
        $result.Consistency | Should -Be 'FileSystem'
        $resultErrors.Count | Should -Be 1
        $resultErrors[0].FullyQualifiedErrorId | Should -Be 'NotApplicationConsistent,AppSnapshot.Commands.GetAppSnapshotResultCommand'
    }

    It 'reports FileSystem of a piped invocation as an error with -RequireApplicationConsistent' {
        $invocation = $script:Web | New-AppConsistentSnapshotGroup -Name pester-result-fs-piped -NoScripts -NoWait -Confirm:$false
        $invocation | Get-AppSnapshotResult -Wait -RequireApplicationConsistent -ErrorVariable resultErrors -ErrorAction SilentlyContinue | Out-Null
        $resultErrors.Count | Should -Be 1
        $resultErrors[0].FullyQualifiedErrorId | Should -Be 'NotApplicationConsistent,AppSnapshot.Commands.GetAppSnapshotResultCommand'
    }

    It 'reports an unknown invocation' {
        Get-AppSnapshotResult -InvokeId 't-doesnotexist0000' -ErrorVariable resultErrors -ErrorAction SilentlyContinue
        $resultErrors.Count | Should -Be 1
        $resultErrors[0].FullyQualifiedErrorId | Should -Be 'InvocationNotFound,AppSnapshot.Commands.GetAppSnapshotResultCommand'
    }

    It 'refuses an id that is not an invocation id' {
        { Get-AppSnapshotResult -InvokeId 'ssg-0123456789' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,AppSnapshot.Commands.GetAppSnapshotResultCommand'
    }

    It 'is read-only: no -WhatIf' {
        (Get-Command -Name Get-AppSnapshotResult).Parameters.ContainsKey('WhatIf') | Should -BeFalse
    }
}
