using System;
using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Models;
using AppSnapshot.Workflow;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Deletes snapshot-consistent groups: piped by id, or chosen by retention selectors
    /// (-OlderThan / -CreatedBefore, -KeepLatest per instance, -Name pattern, -InstanceId).
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EcsSnapshotGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(SnapshotGroupRemoval))]
    public sealed class RemoveEcsSnapshotGroupCommand : Infrastructure.AppSnapshotCmdlet
    {
        private readonly SnapshotGroupSelectionBuilder _selection = new SnapshotGroupSelectionBuilder();

        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidatePattern("^ssg-[A-Za-z0-9-]+$")]
        public string[]? SnapshotGroupId { get; set; }

        /// <summary>Only groups of these instances.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? InstanceId { get; set; }

        /// <summary>Only groups whose name matches; wildcards * and ? allowed.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Only groups created more than this long ago, e.g. (New-TimeSpan -Days 30).</summary>
        [Parameter]
        public TimeSpan OlderThan { get; set; }

        /// <summary>Only groups created before this time.</summary>
        [Parameter]
        public DateTime CreatedBefore { get; set; }

        /// <summary>Spare the newest N groups of each instance.</summary>
        [Parameter]
        [ValidateRange(0, 10000)]
        public int KeepLatest { get; set; }

        protected override void ProcessRecord()
            => SelectionInput.Collect(_selection, RegionFor(RegionId), SnapshotGroupId, InstanceId);

        protected override void EndProcessing()
        {
            if (_selection.IsEmpty && Name == null && !Bound(nameof(OlderThan)) && !Bound(nameof(CreatedBefore)) && !Bound(nameof(KeepLatest)))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("Name the groups to remove: pipe them or give -SnapshotGroupId, -InstanceId, -Name, -OlderThan, -CreatedBefore or -KeepLatest. Nothing was removed."),
                    "NoGroupSelector", ErrorCategory.InvalidArgument, null));
            }
            if (Bound(nameof(OlderThan)) && OlderThan <= TimeSpan.Zero)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("-OlderThan must be a positive duration. Nothing was removed.", nameof(OlderThan)),
                    "InvalidParameterValue", ErrorCategory.InvalidArgument, OlderThan));
            }
            foreach (var selection in _selection.Build(RegionFor(null), Name))
            {
                var request = new SnapshotGroupRemovalRequest();
                GetEcsSnapshotGroupCommand.Copy(selection, request.Selection);
                if (Bound(nameof(OlderThan))) request.OlderThan = OlderThan;
                if (Bound(nameof(CreatedBefore))) request.CreatedBefore = new DateTimeOffset(CreatedBefore.ToUniversalTime(), TimeSpan.Zero);
                if (Bound(nameof(KeepLatest))) request.KeepLatest = KeepLatest;
                RunOperation((session, sink, ct) => new SnapshotGroupRemovalOperation(session).RunAsync(request, sink, ct));
            }
        }

        private bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);
    }
}
