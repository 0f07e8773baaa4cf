using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>
    /// A cmdlet that acts on instances named by -InstanceId or piped in (strings, or any object with
    /// InstanceId and RegionId properties). Targets are collected per record, each in its own region,
    /// and handed to the operation once at the end so it can batch them.
    /// </summary>
    public abstract class InstanceTargetsCmdlet : AppSnapshotCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] InstanceId { get; set; } = new string[0];

        /// <summary>The request's instance list, filled as records arrive.</summary>
        protected abstract IList<InstanceTarget> Targets { get; }

        protected override void ProcessRecord()
        {
            foreach (var id in InstanceId) Targets.Add(new InstanceTarget(id, RegionFor(RegionId)));
        }
    }
}
