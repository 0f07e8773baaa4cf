using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Groups;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Rolls disks back from a snapshot-consistent group (ResetDisks). Refuses running instances
    /// unless -StopInstance stops them first; -StartInstance starts them again afterwards.
    /// </summary>
    [Cmdlet(VerbsData.Restore, "EcsSnapshotGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = Infrastructure.HelpLinks.Base + "Restore-EcsSnapshotGroup.md")]
    [OutputType(typeof(RollbackResult))]
    public sealed class RestoreEcsSnapshotGroupCommand : Infrastructure.AppSnapshotCmdlet
    {
        /// <summary>Binds by property name only: piped groups and results name their group; anything else is refused by the binder.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(Completion.SnapshotGroupIdCompleter))]
        [ValidatePattern("^ssg-[A-Za-z0-9-]+$")]
        public string SnapshotGroupId { get; set; } = "";

        /// <summary>Roll back only these disks of the group (default: all of them).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? DiskId { get; set; }

        /// <summary>Stop running instances first (otherwise they are refused).</summary>
        [Parameter]
        public SwitchParameter StopInstance { get; set; }

        /// <summary>With -StopInstance: stop forcibly (like pulling the power).</summary>
        [Parameter]
        public SwitchParameter ForceStop { get; set; }

        /// <summary>Start the instances again after the rollback.</summary>
        [Parameter]
        public SwitchParameter StartInstance { get; set; }

        protected override void ProcessRecord()
        {
            var request = new SnapshotGroupRollbackRequest
            {
                RegionId = RegionFor(RegionId),
                SnapshotGroupId = SnapshotGroupId,
                StopInstance = StopInstance.ToBool(),
                ForceStop = ForceStop.ToBool(),
                StartInstance = StartInstance.ToBool(),
            };
            foreach (var disk in DiskId ?? new string[0]) request.DiskIds.Add(disk);
            RunOperation((session, sink, ct) => new SnapshotGroupRollbackOperation(session).RunAsync(request, sink, ct));
        }
    }
}
