using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Workflow.Groups;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>
    /// A cmdlet that selects snapshot-consistent groups by id, by instance and by name. Piped groups
    /// and results select exactly their group; piped instances select exactly theirs. It fails closed:
    /// pipeline input that names no group and no instance selects nothing; the whole region is
    /// selected only when the command has no pipeline input and no -SnapshotGroupId / -InstanceId.
    /// </summary>
    public abstract class SnapshotGroupSelectionCmdlet : AppSnapshotCmdlet
    {
        private readonly SnapshotGroupSelectionBuilder _selection = new SnapshotGroupSelectionBuilder();

        /// <summary>Binds by property name only, so a piped instance can never be read as a group id.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
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

        /// <summary>True when the command selects the whole region: no pipeline input and neither -SnapshotGroupId nor -InstanceId.</summary>
        protected bool SelectsWholeRegion => !MyInvocation.ExpectingInput && _selection.IsEmpty;

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

        /// <summary>
        /// The selections to run, one request each; none when pipeline input arrived (or was expected)
        /// but named no group and no instance, which is said on the verbose stream.
        /// </summary>
        protected IEnumerable<SnapshotGroupSelection> Selections()
        {
            if (_selection.IsEmpty && MyInvocation.ExpectingInput)
            {
                WriteVerbose("Nothing in the pipeline named a snapshot group or an instance; nothing to do.");
                return new SnapshotGroupSelection[0];
            }
            return _selection.Build(RegionFor(null), Name);
        }
    }
}
