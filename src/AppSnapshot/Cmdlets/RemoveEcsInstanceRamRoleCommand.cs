using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow;

namespace AppSnapshot.Commands
{
    /// <summary>Detaches the RAM role from instances (only the named role, when -RamRoleName is given).</summary>
    [Cmdlet(VerbsCommon.Remove, "EcsInstanceRamRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(InstanceRamRoleAssignment))]
    public sealed class RemoveEcsInstanceRamRoleCommand : Infrastructure.AppSnapshotCmdlet
    {
        private readonly InstanceRamRoleDetachRequest _request = new InstanceRamRoleDetachRequest();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] InstanceId { get; set; } = new string[0];

        /// <summary>Detach only when this is the role attached.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? RamRoleName { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in InstanceId) _request.Instances.Add(new InstanceTarget(id, RegionFor(RegionId)));
        }

        protected override void EndProcessing()
        {
            _request.RoleName = RamRoleName;
            RunOperation((session, sink, ct) => new DetachInstanceRamRoleOperation(session).RunAsync(_request, new PassThruSink(sink, PassThru.ToBool()), ct));
        }
    }
}
