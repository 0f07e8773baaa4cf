using System.Collections.Generic;
using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Roles;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Attaches a RAM role to instances. Already attached with that role is success; a different
    /// role is replaced (detach + attach) after a second question, which -Force answers.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "EcsInstanceRamRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = Infrastructure.HelpLinks.Base + "Set-EcsInstanceRamRole.md")]
    [OutputType(typeof(InstanceRamRoleAssignment))]
    public sealed class SetEcsInstanceRamRoleCommand : Infrastructure.InstanceTargetsCmdlet
    {
        private readonly InstanceRamRoleAttachRequest _request = new InstanceRamRoleAttachRequest();

        [Parameter]
        [ArgumentCompleter(typeof(Completion.RamRoleNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string RamRoleName { get; set; } = SnapshotRolePolicy.DefaultRoleName;

        /// <summary>Replace a different role that is already attached without the extra question; -WhatIf and -Confirm still apply.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override IList<InstanceTarget> Targets => _request.Instances;

        protected override void ProcessTargets()
        {
            _request.RoleName = RamRoleName;
            _request.Force = Force.ToBool();
            RunOperation((session, sink, ct) => new AttachInstanceRamRoleOperation(session)
                .RunAsync(_request, new PassThruSink(sink, PassThru.ToBool()), ct));
        }
    }
}
