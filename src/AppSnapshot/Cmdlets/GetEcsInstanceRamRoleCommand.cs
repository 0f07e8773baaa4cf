using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Roles;

namespace AppSnapshot.Commands
{
    /// <summary>Shows the RAM role attached to each instance.</summary>
    [Cmdlet(VerbsCommon.Get, "EcsInstanceRamRole", HelpUri = Infrastructure.HelpLinks.Base + "Get-EcsInstanceRamRole.md")]
    [OutputType(typeof(InstanceRamRoleAssignment))]
    public sealed class GetEcsInstanceRamRoleCommand : Infrastructure.InstanceTargetsCmdlet
    {
        private readonly InstanceRamRoleQueryRequest _request = new InstanceRamRoleQueryRequest();

        protected override IList<InstanceTarget> Targets => _request.Instances;

        protected override void ProcessTargets()
            => RunOperation((session, sink, ct) => new GetInstanceRamRoleOperation(session).RunAsync(_request, sink, ct));
    }
}
