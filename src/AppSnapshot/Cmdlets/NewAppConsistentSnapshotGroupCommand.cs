using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Runs the app-snapshot plug-in on each instance (platform detected), batched into as few
    /// RunCommand calls as possible, and by default waits for and explains every result.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AppConsistentSnapshotGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium,
        DefaultParameterSetName = WaitSet, HelpUri = Infrastructure.HelpLinks.Base + "New-AppConsistentSnapshotGroup.md")]
    [OutputType(typeof(AppSnapshotResult), ParameterSetName = new[] { WaitSet })]
    [OutputType(typeof(SnapshotInvocation), ParameterSetName = new[] { NoWaitSet })]
    public sealed class NewAppConsistentSnapshotGroupCommand : Infrastructure.InstanceTargetsCmdlet
    {
        private const string WaitSet = "Wait";
        private const string NoWaitSet = "NoWait";
        private readonly SnapshotRunRequest _request = new SnapshotRunRequest();

        /// <summary>Snapshot-consistent group name; default appsnap-yyyyMMdd-HHmmss (UTC).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Description { get; set; }

        /// <summary>Default: the role attached to each instance.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(Completion.RamRoleNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? RamRoleName { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(Completion.DiskIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? ExcludeDiskId { get; set; }

        [Parameter]
        public SwitchParameter InstantAccess { get; set; }

        [Parameter]
        [ValidateRange(1, 65536)]
        public int InstantAccessRetentionDays { get; set; }

        /// <summary>Linux: do not fsfreeze the file systems.</summary>
        [Parameter]
        public SwitchParameter NoFsFreeze { get; set; }

        /// <summary>Linux: the I/O freeze timeout (plug-in default 30).</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int FreezeTimeoutSeconds { get; set; }

        /// <summary>Linux: do not pass /tmp/prescript.sh and /tmp/postscript.sh (file-system consistency).</summary>
        [Parameter]
        public SwitchParameter NoScripts { get; set; }

        /// <summary>Linux: the pre/post script timeout (plug-in default 1800).</summary>
        [Parameter]
        [ValidateRange(1, 36000)]
        public int ScriptTimeoutSeconds { get; set; }

        /// <summary>Windows: leave the VSS writers out (file-system consistency).</summary>
        [Parameter]
        public SwitchParameter ExcludeWriters { get; set; }

        [Parameter(ParameterSetName = WaitSet)]
        [ValidateRange(1, 86400)]
        public int TimeoutSeconds { get; set; } = 3600;

        /// <summary>A file-system- or crash-consistent result is reported as an error.</summary>
        [Parameter(ParameterSetName = WaitSet)]
        public SwitchParameter RequireApplicationConsistent { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = NoWaitSet)]
        public SwitchParameter NoWait { get; set; }

        /// <summary>
        /// An instance piped from Get-EcsInstance. Its Status, OSType, RamRoleName and CloudAssistantRunning are used
        /// as they were read, not read again; an object without that detail (Get-EcsInstance -SkipDetail, or any
        /// other object with an InstanceId) is read again.
        /// </summary>
        [Parameter(ValueFromPipeline = true)]
        public EcsInstance? InputObject { get; set; }

        private SnapshotRun? _run;

        protected override IList<InstanceTarget> Targets => _request.Instances;

        protected override void ProcessRecord()
        {
            base.ProcessRecord();
            PumpStream();
        }

        /// <summary>Each instance joins the run as it arrives: full batches start while later records are still read upstream.</summary>
        protected override void Take(InstanceTarget target) => Deliver(() =>
        {
            if (_run == null)
            {
                FillRequest();
                var (session, sink, ct) = OpenStream();
                _run = new SnapshotRunOperation(session).Begin(_request, sink, ct);
            }
            if (InputObject != null && string.Equals(InputObject.InstanceId, target.InstanceId, System.StringComparison.Ordinal)) _run.Add(InputObject);
            else _run.Add(target);
        });

        protected override void ProcessTargets()
        {
            FinishStream(_run!.CompleteAsync);
        }

        private void FillRequest()
        {
            _request.Name = Name;
            _request.Description = Description;
            _request.RamRoleName = RamRoleName;
            foreach (var disk in ExcludeDiskId ?? new string[0]) _request.ExcludeDiskIds.Add(disk);
            if (InstantAccess.IsPresent) _request.InstantAccess = InstantAccess.ToBool();
            if (IsBound(nameof(InstantAccessRetentionDays))) _request.InstantAccessRetentionDays = InstantAccessRetentionDays;
            if (NoFsFreeze.IsPresent) _request.EnableFsFreeze = !NoFsFreeze.ToBool();
            if (IsBound(nameof(FreezeTimeoutSeconds))) _request.FreezeTimeoutInSeconds = FreezeTimeoutSeconds;
            _request.UseScripts = !NoScripts.ToBool();
            if (IsBound(nameof(ScriptTimeoutSeconds))) _request.ScriptTimeoutInSeconds = ScriptTimeoutSeconds;
            if (ExcludeWriters.IsPresent) _request.EnableWriters = !ExcludeWriters.ToBool();
            _request.NoWait = NoWait.ToBool();
            _request.RequireApplicationConsistent = RequireApplicationConsistent.ToBool();
            _request.TimeoutSeconds = TimeoutSeconds;
        }
    }
}
