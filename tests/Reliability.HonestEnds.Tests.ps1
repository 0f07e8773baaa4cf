# Honest ends and lost answers, in the real engine against the emulator: a wait that ends before the runs do is an
# error per instance (so -ErrorAction Stop fails a job) and the runs stay collectable; Stop leaves every started
# run collectable; an unknown invocation, wrong credentials and an unreachable endpoint are errors; a change whose
# answer was lost is reported as made.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # Speed 1: a Linux plug-in run takes 3 to 5 seconds, long enough to end a wait before it.
    $script:Emulator = Start-TestEmulator -SpeedFactor 1
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    $script:Manifest = Get-BuiltManifestPath
    Import-Module -Name $script:Manifest -Force
    $script:Secret = ConvertTo-SecureString 'EmulatorSecretDoNotUseInProd01' -AsPlainText -Force
    $script:Connection = @{
        Endpoint   = $script:Emulator.Endpoint
        RegionId   = 'cn-hangzhou'
        Credential = [pscredential]::new('LTAI5tEmulatorAccess01', $script:Secret)
    }

    function Set-Fault([string] $Action, [hashtable] $Settings) {
        Invoke-RestMethod -Method Post -Uri "$($script:Emulator.Endpoint)/_emulator/faults/$Action" -ContentType 'application/json' -Body ($Settings | ConvertTo-Json) | Out-Null
    }

    function Get-Created([string] $Kind) {
        $created = Invoke-RestMethod -Uri "$($script:Emulator.Endpoint)/_emulator/created"
        if ($created.PSObject.Properties[$Kind]) { $created.$Kind } else { 0 }
    }
}

AfterAll {
    Remove-Module -Name AppSnapshot -ErrorAction SilentlyContinue
    Stop-TestEmulator -Emulator $script:Emulator
}

Describe 'Honest ends' {
    AfterEach {
        Invoke-RestMethod -Method Delete -Uri "$($script:Emulator.Endpoint)/_emulator/faults" | Out-Null
    }

    Context 'A wait that ends before the runs' {
        It 'fails a job under -ErrorAction Stop, and Get-AppSnapshotResult -Wait collects the run later' {
            $thrown = $null
            try {
                New-AppConsistentSnapshotGroup -InstanceId 'i-bench-linux-0101' -Name 'honest-timeout' -TimeoutSeconds 1 -Confirm:$false -ErrorAction Stop @script:Connection
            }
            catch {
                $thrown = $_
            }
            $thrown.FullyQualifiedErrorId | Should -Be 'WaitTimedOut,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand'
            $thrown.CategoryInfo.Category | Should -Be 'OperationTimeout'
            $thrown.TargetObject.InstanceId | Should -Be 'i-bench-linux-0101'
            $thrown.TargetObject.InvokeId | Should -Match '^t-'

            $result = $thrown.TargetObject | Get-AppSnapshotResult -Wait -TimeoutSeconds 60 @script:Connection
            $result.InstanceId | Should -Be 'i-bench-linux-0101'
            $result.Succeeded | Should -BeTrue
            @(Get-AppSnapshotResult @script:Connection -WarningAction SilentlyContinue).Count | Should -Be 0
        }

        It 'holds the deadline within a second when the service does not answer' {
            Set-Fault 'DescribeInvocations' @{ LatencyMs = 60000 }
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $errors = $null
            New-AppConsistentSnapshotGroup -InstanceId 'i-bench-linux-0102' -Name 'honest-hang' -TimeoutSeconds 3 -Confirm:$false -ErrorVariable errors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue @script:Connection
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 4
            $errors[0].FullyQualifiedErrorId | Should -Be 'InvocationStatusUnknown,AppSnapshot.Commands.NewAppConsistentSnapshotGroupCommand'
            Invoke-RestMethod -Method Delete -Uri "$($script:Emulator.Endpoint)/_emulator/faults" | Out-Null
            (Get-AppSnapshotResult -Wait -TimeoutSeconds 60 @script:Connection).InstanceId | Should -Be 'i-bench-linux-0102'
        }
    }

    Context 'Stop' {
        BeforeAll {
            # A host that keeps the warning lines written to it: a stopping pipeline drops the warning stream, so the
            # cmdlet tells the host directly which runs are still going.
            if (-not ('ReliabilityTests.RecordingHost' -as [type])) {
                Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace ReliabilityTests
{
    public sealed class RecordingHost : PSHost
    {
        private readonly RecordingUI _ui = new RecordingUI();
        public List<string> Warnings { get { return _ui.Warnings; } }
        public override string Name { get { return "RecordingHost"; } }
        public override Version Version { get { return new Version(1, 0); } }
        public override Guid InstanceId { get; } = Guid.NewGuid();
        public override PSHostUserInterface UI { get { return _ui; } }
        public override CultureInfo CurrentCulture { get { return CultureInfo.InvariantCulture; } }
        public override CultureInfo CurrentUICulture { get { return CultureInfo.InvariantCulture; } }
        public override void SetShouldExit(int exitCode) { }
        public override void EnterNestedPrompt() { throw new NotSupportedException(); }
        public override void ExitNestedPrompt() { throw new NotSupportedException(); }
        public override void NotifyBeginApplication() { }
        public override void NotifyEndApplication() { }
    }

    public sealed class RecordingUI : PSHostUserInterface
    {
        public List<string> Warnings { get; } = new List<string>();
        public override PSHostRawUserInterface RawUI { get { return null; } }
        public override string ReadLine() { throw new NotSupportedException(); }
        public override SecureString ReadLineAsSecureString() { throw new NotSupportedException(); }
        public override void Write(string value) { }
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) { }
        public override void WriteLine(string value) { }
        public override void WriteErrorLine(string value) { }
        public override void WriteDebugLine(string message) { }
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) { }
        public override void WriteWarningLine(string message) { lock (Warnings) Warnings.Add(message); }
        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) { throw new NotSupportedException(); }
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) { throw new NotSupportedException(); }
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) { throw new NotSupportedException(); }
        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) { throw new NotSupportedException(); }
    }
}
'@
            }
        }

        It 'names the runs still going and leaves every started run collectable in the session' {
            $recordingHost = [ReliabilityTests.RecordingHost]::new()
            $runspace = [runspacefactory]::CreateRunspace($recordingHost)
            $runspace.Open()
            try {
                $ps = [powershell]::Create($runspace)
                [void] $ps.AddCommand('Import-Module').AddParameter('Name', $script:Manifest).AddStatement()
                [void] $ps.AddCommand('New-AppConsistentSnapshotGroup').AddParameter('InstanceId', @('i-bench-linux-0111', 'i-bench-linux-0112')).AddParameter('Name', 'honest-stop').AddParameter('Confirm', $false)
                foreach ($key in $script:Connection.Keys) { [void] $ps.AddParameter($key, $script:Connection[$key]) }
                $invocationsBefore = Get-Created 'Invocation'
                $handle = $ps.BeginInvoke()
                Wait-TestCondition -Description 'the run is started' -TimeoutSeconds 60 -Condition { (Get-Created 'Invocation') -gt $invocationsBefore -or $handle.IsCompleted }
                $handle.IsCompleted | Should -BeFalse -Because 'the wait must still be going when it is stopped'
                $ps.Stop()
                $ps.InvocationStateInfo.State | Should -Be 'Stopped'
                $ps.Dispose()
                $notice = @($recordingHost.Warnings | Where-Object { $_ -match 'still going' })
                $notice.Count | Should -Be 1 -Because 'the host hears which runs are still going'
                $notice[0] | Should -Match 'i-bench-linux-0111'
                $notice[0] | Should -Match 'i-bench-linux-0112'
                $notice[0] | Should -Match 'Get-AppSnapshotResult -Wait'

                $collect = [powershell]::Create($runspace)
                [void] $collect.AddCommand('Get-AppSnapshotResult').AddParameter('Wait').AddParameter('TimeoutSeconds', 60)
                foreach ($key in $script:Connection.Keys) { [void] $collect.AddParameter($key, $script:Connection[$key]) }
                $results = @($collect.Invoke())
                $collect.Streams.Error.Count | Should -Be 0
                @($results.InstanceId | Sort-Object) | Should -Be @('i-bench-linux-0111', 'i-bench-linux-0112')
                $collect.Dispose()
            }
            finally {
                $runspace.Dispose()
            }
        }
    }

    Context 'Get-AppSnapshotResult reports what it cannot read' {
        It 'reports an unknown invocation: $? is false' {
            Get-AppSnapshotResult -InvokeId 't-doesnotexist0000' -ErrorVariable errors -ErrorAction SilentlyContinue @script:Connection
            $? | Should -BeFalse
            $errors[0].FullyQualifiedErrorId | Should -Be 'InvocationNotFound,AppSnapshot.Commands.GetAppSnapshotResultCommand'
        }

        It 'reports wrong credentials' {
            $wrong = [pscredential]::new('LTAI5tEmulatorAccess01', (ConvertTo-SecureString 'not-the-secret' -AsPlainText -Force))
            Get-AppSnapshotResult -InvokeId 't-doesnotexist0000' -Endpoint $script:Emulator.Endpoint -RegionId 'cn-hangzhou' -Credential $wrong -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors.Count | Should -Be 1
            $errors[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        }

        It 'reports an unreachable endpoint' {
            $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
            $listener.Start()
            $port = $listener.LocalEndpoint.Port
            $listener.Stop()
            Get-AppSnapshotResult -InvokeId 't-doesnotexist0000' -Endpoint "http://127.0.0.1:$port" -RegionId 'cn-hangzhou' -Credential $script:Connection.Credential -ErrorVariable errors -ErrorAction SilentlyContinue
            $errors[0].FullyQualifiedErrorId | Should -Be 'InvocationStatusUnknown,AppSnapshot.Commands.GetAppSnapshotResultCommand'
            $errors[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        }

        It 'reports an instance the invocation did not run on, and leaves nothing pending' {
            $run = New-AppConsistentSnapshotGroup -InstanceId 'i-bench-linux-0121' -Name 'honest-wrong-id' -NoWait -Confirm:$false @script:Connection
            $run | Get-AppSnapshotResult -Wait -TimeoutSeconds 60 @script:Connection | Out-Null
            Get-AppSnapshotResult -InvokeId $run.InvokeId -InstanceId 'i-bench-linux-0999' -Wait -TimeoutSeconds 60 -ErrorVariable errors -ErrorAction SilentlyContinue @script:Connection
            $errors[0].FullyQualifiedErrorId | Should -Be 'InstanceNotInInvocation,AppSnapshot.Commands.GetAppSnapshotResultCommand'
            @(Get-AppSnapshotResult @script:Connection -WarningAction SilentlyContinue).Count | Should -Be 0
        }
    }

    Context 'Changes whose answers are lost' {
        It 'reports a role attached although every answer to <Action> was lost (<Loss>)' -ForEach @(
            @{ Action = 'AttachInstanceRamRole'; Loss = 'DropAfterCommitPercent' }
            @{ Action = 'AttachInstanceRamRole'; Loss = 'CloseAfterCommitPercent' }
        ) {
            Remove-EcsInstanceRamRole -InstanceId 'i-no-role' -Confirm:$false @script:Connection | Out-Null
            Set-Fault $Action @{ $Loss = 100 }
            $assignment = Set-EcsInstanceRamRole -InstanceId 'i-no-role' -RamRoleName 'EcsSnapshotRole' -PassThru -Confirm:$false -ErrorVariable errors @script:Connection
            $errors.Count | Should -Be 0
            $assignment.Result | Should -Be 'Attached'
            (Get-EcsInstanceRamRole -InstanceId 'i-no-role' @script:Connection).RamRoleName | Should -Be 'EcsSnapshotRole'
        }

        It 'reports a snapshot run once although every RunCommand answer was lost' {
            Set-Fault 'RunCommand' @{ CloseAfterCommitPercent = 100 }
            $before = Get-Created 'Invocation'
            $result = New-AppConsistentSnapshotGroup -InstanceId 'i-bench-linux-0131' -Name 'honest-lost-run' -Confirm:$false -ErrorVariable errors @script:Connection
            $errors.Count | Should -Be 0
            $result.Succeeded | Should -BeTrue
            (Get-Created 'Invocation') - $before | Should -Be 1
        }

        It 'reports a group removed although every DeleteSnapshotGroup answer was lost' {
            $group = New-AppConsistentSnapshotGroup -InstanceId 'i-bench-linux-0141' -Name 'honest-lost-delete' -Confirm:$false @script:Connection
            Set-Fault 'DeleteSnapshotGroup' @{ DropAfterCommitPercent = 100 }
            $removal = Remove-EcsSnapshotGroup -SnapshotGroupId $group.SnapshotGroupId -Confirm:$false -ErrorVariable errors @script:Connection
            $errors.Count | Should -Be 0
            $removal.Status | Should -Be 'Removed'
            @(Get-EcsSnapshotGroup -Name 'honest-lost-delete' @script:Connection).Count | Should -Be 0
        }
    }
}
