using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Models;
using AppSnapshot.Workflow;

namespace AppSnapshot.Commands
{
    /// <summary>Shows the RAM role attached to each instance.</summary>
    [Cmdlet(VerbsCommon.Get, "EcsInstanceRamRole")]
    [OutputType(typeof(InstanceRamRoleAssignment))]
    public sealed class GetEcsInstanceRamRoleCommand : Infrastructure.AppSnapshotCmdlet
    {
        private readonly InstanceRamRoleQueryRequest _request = new InstanceRamRoleQueryRequest();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] InstanceId { get; set; } = new string[0];

        protected override void ProcessRecord()
        {
            foreach (var id in InstanceId) _request.Instances.Add(new InstanceTarget(id, RegionFor(RegionId)));
        }

        protected override void EndProcessing()
            => RunOperation((session, sink, ct) => new GetInstanceRamRoleOperation(session).RunAsync(_request, sink, ct));
    }
}
