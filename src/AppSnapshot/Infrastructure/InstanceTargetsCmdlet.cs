using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>
    /// A cmdlet that acts on instances named by -InstanceId or piped in (any object with InstanceId
    /// and, optionally, RegionId properties: EcsInstance, PrerequisiteReport, ScriptUploadResult, ...).
    /// Targets are collected per record, each in its own region, and handed to the operation once at
    /// the end so it can batch them. An empty pipe is a quiet no-op.
    /// </summary>
    public abstract class InstanceTargetsCmdlet : AppSnapshotCmdlet
    {
        /// <summary>Binds by property name only: a piped object that has no InstanceId is refused by the binder, never turned into text.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] InstanceId { get; set; } = new string[0];

        /// <summary>The request's instance list, filled as records arrive.</summary>
        protected abstract IList<InstanceTarget> Targets { get; }

        private int _taken;

        protected override void ProcessRecord()
        {
            foreach (var id in InstanceId)
            {
                Take(new InstanceTarget(id, RegionFor(RegionId)));
                _taken++;
            }
        }

        /// <summary>One instance of the current record; by default collected for <see cref="ProcessTargets"/>.</summary>
        protected virtual void Take(InstanceTarget target) => Targets.Add(target);

        protected sealed override void EndProcessing()
        {
            if (_taken == 0)
            {
                // Only possible with pipeline input (-InstanceId is mandatory): the upstream command found nothing.
                WriteNarrative("No instance came through the pipeline; nothing to do.");
                return;
            }
            ProcessTargets();
        }

        /// <summary>Runs the operation on <see cref="Targets"/> (at least one).</summary>
        protected abstract void ProcessTargets();
    }
}
