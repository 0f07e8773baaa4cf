using System;
using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Groups;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Gets snapshot-consistent groups with their snapshots and each snapshot's consistency: by
    /// group id, by name pattern, or by instance (piped instances, results or groups all work).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "EcsSnapshotGroup", HelpUri = Infrastructure.HelpLinks.Base + "Get-EcsSnapshotGroup.md")]
    [OutputType(typeof(SnapshotGroup))]
    public sealed class GetEcsSnapshotGroupCommand : Infrastructure.SnapshotGroupSelectionCmdlet
    {
        protected override void EndProcessing()
        {
            var distinct = new DistinctGroupsSink();
            foreach (var selection in Selections())
            {
                var request = new SnapshotGroupQueryRequest { Selection = selection };
                RunOperation((session, sink, ct) => new SnapshotGroupListOperation(session).RunAsync(request, distinct.Over(sink), ct));
            }
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
}
