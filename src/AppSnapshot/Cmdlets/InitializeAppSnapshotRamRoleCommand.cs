using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Workflow.Roles;

namespace AppSnapshot.Commands
{
    /// <summary>Ensures the ECS-trusted RAM role and the snapshot policy exist and are attached.</summary>
    [Cmdlet(VerbsData.Initialize, "AppSnapshotRamRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, HelpUri = Infrastructure.HelpLinks.Base + "Initialize-AppSnapshotRamRole.md")]
    [OutputType(typeof(RamRoleSetupResult))]
    public sealed class InitializeAppSnapshotRamRoleCommand : Infrastructure.AppSnapshotCmdlet
    {
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string RoleName { get; set; } = SnapshotRolePolicy.DefaultRoleName;

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string PolicyName { get; set; } = SnapshotRolePolicy.DefaultPolicyName;

        protected override void EndProcessing()
        {
            var request = new RamRoleSetupRequest { RoleName = RoleName, PolicyName = PolicyName };
            RunOperation((session, sink, ct) => new RamRoleSetupOperation(session).RunAsync(request, sink, ct));
        }
    }
}
