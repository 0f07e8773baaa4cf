using System.Management.Automation;
using AppSnapshot.Commands.Completion;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Attaches a RAM role to instances. Already attached with that role is success; a different
    /// role is replaced (detach + attach) only with -Force.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EcsInstanceRamRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(InstanceRamRoleAssignment))]
    public sealed class SetEcsInstanceRamRoleCommand : Infrastructure.AppSnapshotCmdlet
    {
        private readonly InstanceRamRoleAttachRequest _request = new InstanceRamRoleAttachRequest();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] InstanceId { get; set; } = new string[0];

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string RamRoleName { get; set; } = SnapshotRolePolicy.DefaultRoleName;

        /// <summary>Replace a different role that is already attached. Asks for confirmation (high impact).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in InstanceId) _request.Instances.Add(new InstanceTarget(id, RegionFor(RegionId)));
        }

        protected override void EndProcessing()
        {
            _request.RoleName = RamRoleName;
            _request.Force = Force.ToBool();
            RunOperation((session, sink, ct) => new AttachInstanceRamRoleOperation(session).RunAsync(_request, new PassThruSink(sink, PassThru.ToBool()), ct));
        }
    }
}
