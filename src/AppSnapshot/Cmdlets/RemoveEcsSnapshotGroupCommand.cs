using System;
using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Groups;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Deletes snapshot-consistent groups: piped (groups, results: exactly those; instances: theirs),
    /// by id, or chosen by retention selectors (-OlderThan / -CreatedBefore, -KeepLatest per instance,
    /// -Name pattern, -InstanceId). Piped input that names nothing removes nothing.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "EcsSnapshotGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = Infrastructure.HelpLinks.Base + "Remove-EcsSnapshotGroup.md")]
    [OutputType(typeof(SnapshotGroupRemoval))]
    public sealed class RemoveEcsSnapshotGroupCommand : Infrastructure.SnapshotGroupSelectionCmdlet
    {
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

        protected override void EndProcessing()
        {
            if (SelectsWholeRegion && Name == null && !IsBound(nameof(OlderThan)) && !IsBound(nameof(CreatedBefore)) && !IsBound(nameof(KeepLatest)))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("Removing across the whole region needs a filter: give -Name, -OlderThan, -CreatedBefore or -KeepLatest, " +
                        "or name the groups with -SnapshotGroupId / -InstanceId or by piping them. Nothing was removed."),
                    "NoGroupSelector", ErrorCategory.InvalidArgument, null));
            }
            if (IsBound(nameof(OlderThan)) && OlderThan <= TimeSpan.Zero)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("-OlderThan must be a positive duration. Nothing was removed.", nameof(OlderThan)),
                    "InvalidParameterValue", ErrorCategory.InvalidArgument, OlderThan));
            }
            foreach (var selection in Selections())
            {
                var request = new SnapshotGroupRemovalRequest { Selection = selection };
                if (IsBound(nameof(OlderThan))) request.OlderThan = OlderThan;
                if (IsBound(nameof(CreatedBefore))) request.CreatedBefore = new DateTimeOffset(CreatedBefore.ToUniversalTime(), TimeSpan.Zero);
                if (IsBound(nameof(KeepLatest))) request.KeepLatest = KeepLatest;
                RunOperation((session, sink, ct) => new SnapshotGroupRemovalOperation(session).RunAsync(request, sink, ct));
            }
        }
    }
}
