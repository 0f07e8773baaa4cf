using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Workflow.Groups;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>
    /// A cmdlet that selects snapshot-consistent groups by id, by instance and by name. Piped
    /// groups and results select exactly their group; piped instances select all of theirs.
    /// </summary>
    public abstract class SnapshotGroupSelectionCmdlet : AppSnapshotCmdlet
    {
        private readonly SnapshotGroupSelectionBuilder _selection = new SnapshotGroupSelectionBuilder();

        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(SnapshotGroupIdCompleter))]
        [ValidatePattern("^ssg-[A-Za-z0-9-]+$")]
        public string[]? SnapshotGroupId { get; set; }

        /// <summary>Groups of these instances.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? InstanceId { get; set; }

        /// <summary>Group name; wildcards * and ? allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>True when nothing was piped and neither -SnapshotGroupId nor -InstanceId was given.</summary>
        protected bool NothingSelected => _selection.IsEmpty;

        protected override void ProcessRecord()
        {
            var region = RegionFor(RegionId);
            // A record that names a group selects that group, even when it also names its instance.
            var instanceOfGroup = InstanceId != null && InstanceId.Length == 1 ? InstanceId[0] : null;
            if (SnapshotGroupId != null)
            {
                foreach (var id in SnapshotGroupId) _selection.Add(region, id, instanceOfGroup);
            }
            else if (InstanceId != null)
            {
                foreach (var id in InstanceId) _selection.Add(region, null, id);
            }
        }

        /// <summary>The selections to run, one request each.</summary>
        protected IEnumerable<SnapshotGroupSelection> Selections()
            => _selection.Build(RegionFor(null), Name);
    }
}
