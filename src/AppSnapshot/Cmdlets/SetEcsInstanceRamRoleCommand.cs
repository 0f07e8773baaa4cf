using System.Collections.Generic;
using System.Management.Automation;
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
    public sealed class SetEcsInstanceRamRoleCommand : Infrastructure.InstanceTargetsCmdlet
    {
        private readonly InstanceRamRoleAttachRequest _request = new InstanceRamRoleAttachRequest();

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string RamRoleName { get; set; } = SnapshotRolePolicy.DefaultRoleName;

        /// <summary>Replace a different role that is already attached. Asks for confirmation (high impact).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override IList<InstanceTarget> Targets => _request.Instances;

        protected override void EndProcessing()
        {
            _request.RoleName = RamRoleName;
            _request.Force = Force.ToBool();
            RunOperation((session, sink, ct) => new AttachInstanceRamRoleOperation(session)
                .RunAsync(_request, new PassThruSink(new ReplacementConfirmation(sink, this), PassThru.ToBool()), ct));
        }

        /// <summary>
        /// Replacing a role is high impact: besides -WhatIf/-Confirm it asks once more (with Yes to All),
        /// unless the caller said -Confirm:$false. Plain attaches stay medium impact.
        /// </summary>
        private sealed class ReplacementConfirmation : ForwardingSink
        {
            private readonly SetEcsInstanceRamRoleCommand _cmdlet;
            private bool _yesToAll;
            private bool _noToAll;

            public ReplacementConfirmation(IOutputSink inner, SetEcsInstanceRamRoleCommand cmdlet) : base(inner) => _cmdlet = cmdlet;

            public override bool ShouldProcess(string target, string action)
            {
                if (!Inner.ShouldProcess(target, action)) return false;
                if (!action.StartsWith(AttachInstanceRamRoleOperation.ReplaceActionPrefix, System.StringComparison.Ordinal)) return true;
                if (_cmdlet.MyInvocation.BoundParameters.TryGetValue("Confirm", out var confirm) && confirm is SwitchParameter s && !s.ToBool()) return true;
                return _cmdlet.ShouldContinue(action + " on " + target + "? Software on the instance loses the old role's permissions.",
                    "Replace instance RAM role", ref _yesToAll, ref _noToAll);
            }
        }
    }
}
