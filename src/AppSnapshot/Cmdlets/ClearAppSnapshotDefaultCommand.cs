using System.Management.Automation;
using AppSnapshot.Commands.Infrastructure;
using AppSnapshot.Connection;
using AppSnapshot.Models;

namespace AppSnapshot.Commands
{
    /// <summary>Removes session defaults set by Set-AppSnapshotDefault: the ones named, or all of them.</summary>
    [Cmdlet(VerbsCommon.Clear, "AppSnapshotDefault", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, HelpUri = HelpLinks.Base + "Clear-AppSnapshotDefault.md")]
    [OutputType(typeof(AppSnapshotDefault))]
    public sealed class ClearAppSnapshotDefaultCommand : PSCmdlet
    {
        [Parameter]
        public SwitchParameter RegionId { get; set; }

        [Parameter]
        public SwitchParameter ProfileName { get; set; }

        [Parameter]
        public SwitchParameter Endpoint { get; set; }

        /// <summary>Write the session defaults after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var all = !RegionId && !ProfileName && !Endpoint;
            var what = all ? "all defaults" : string.Join(", ", Named());
            if (!ShouldProcess("AppSnapshot session defaults", "Clear " + what)) return;
            var before = SessionDefaults.Process.Current;
            var after = SessionDefaults.Process.Clear(RegionId, ProfileName, Endpoint);
            SessionDefaultChanges.Report(this, before, after);
            if (PassThru) WriteObject(after);
        }

        private System.Collections.Generic.IEnumerable<string> Named()
        {
            if (RegionId) yield return "-RegionId";
            if (ProfileName) yield return "-ProfileName";
            if (Endpoint) yield return "-Endpoint";
        }
    }
}
