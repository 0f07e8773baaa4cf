using System;
using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Gets snapshot-consistent groups with their snapshots and each snapshot's consistency: by
    /// group id, by name pattern, or by instance (piped instances, results or groups all work).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EcsSnapshotGroup")]
    [OutputType(typeof(SnapshotGroup))]
    public sealed class GetEcsSnapshotGroupCommand : Infrastructure.AppSnapshotCmdlet
    {
        private readonly SnapshotGroupSelectionBuilder _selection = new SnapshotGroupSelectionBuilder();

        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidatePattern("^ssg-[A-Za-z0-9-]+$")]
        public string[]? SnapshotGroupId { get; set; }

        /// <summary>Groups of these instances.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? InstanceId { get; set; }

        /// <summary>Group name; wildcards * and ? allowed.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        protected override void ProcessRecord()
            => SelectionInput.Collect(_selection, RegionFor(RegionId), SnapshotGroupId, InstanceId);

        protected override void EndProcessing()
        {
            var distinct = new DistinctGroupsSink();
            foreach (var selection in _selection.Build(RegionFor(null), Name))
            {
                var request = new SnapshotGroupQueryRequest();
                Copy(selection, request.Selection);
                RunOperation((session, sink, ct) => new SnapshotGroupListOperation(session).RunAsync(request, distinct.Over(sink), ct));
            }
        }

        internal static void Copy(SnapshotGroupSelection from, SnapshotGroupSelection to)
        {
            to.RegionId = from.RegionId;
            to.NamePattern = from.NamePattern;
            foreach (var id in from.SnapshotGroupIds) to.SnapshotGroupIds.Add(id);
            foreach (var id in from.InstanceIds) to.InstanceIds.Add(id);
        }

        /// <summary>A group named both by id and through its instance is written once.</summary>
        private sealed class DistinctGroupsSink
        {
            private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);

            public IOutputSink Over(IOutputSink inner) => new Filter(inner, _seen);

            private sealed class Filter : ForwardingSink
            {
                private readonly HashSet<string> _seen;
                public Filter(IOutputSink inner, HashSet<string> seen) : base(inner) => _seen = seen;

                public override void WriteObject(object value)
                {
                    if (value is SnapshotGroup g && !_seen.Add(g.SnapshotGroupId)) return;
                    Inner.WriteObject(value);
                }
            }
        }
    }

    /// <summary>How the group cmdlets read one piped record's ids into a selection.</summary>
    internal static class SelectionInput
    {
        public static void Collect(SnapshotGroupSelectionBuilder builder, string? region, string[]? groupIds, string[]? instanceIds)
        {
            var instance = instanceIds != null && instanceIds.Length == 1 ? instanceIds[0] : null;
            if (groupIds != null)
            {
                foreach (var id in groupIds) builder.Add(region, id, instance);
            }
            if (groupIds == null && instanceIds != null)
            {
                foreach (var id in instanceIds) builder.Add(region, null, id);
            }
        }
    }
}
