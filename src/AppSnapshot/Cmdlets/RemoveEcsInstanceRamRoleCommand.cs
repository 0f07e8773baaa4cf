using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Roles;

namespace AppSnapshot.Commands
{
    /// <summary>Detaches the RAM role from instances (only the named role, when -RamRoleName is given).</summary>
    [Cmdlet(VerbsCommon.Remove, "EcsInstanceRamRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, HelpUri = Infrastructure.HelpLinks.Base + "Remove-EcsInstanceRamRole.md")]
    [OutputType(typeof(InstanceRamRoleAssignment))]
    public sealed class RemoveEcsInstanceRamRoleCommand : Infrastructure.InstanceTargetsCmdlet
    {
        private readonly InstanceRamRoleDetachRequest _request = new InstanceRamRoleDetachRequest();

        /// <summary>Detach only when this is the role attached.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(Completion.RamRoleNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string? RamRoleName { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override IList<InstanceTarget> Targets => _request.Instances;

        protected override void ProcessTargets()
        {
            _request.RoleName = RamRoleName;
            RunOperation((session, sink, ct) => new DetachInstanceRamRoleOperation(session).RunAsync(_request, new PassThruSink(sink, PassThru.ToBool()), ct));
        }
    }
}
