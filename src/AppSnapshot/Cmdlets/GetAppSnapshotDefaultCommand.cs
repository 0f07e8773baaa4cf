using System.Management.Automation;
using AppSnapshot.Commands.Infrastructure;
using AppSnapshot.Connection;
using AppSnapshot.Models;

namespace AppSnapshot.Commands
{
    /// <summary>Gets the session defaults set by Set-AppSnapshotDefault (empty values: not set).</summary>
    [Cmdlet(VerbsCommon.Get, "AppSnapshotDefault", HelpUri = HelpLinks.Base + "Get-AppSnapshotDefault.md")]
    [OutputType(typeof(AppSnapshotDefault))]
    public sealed class GetAppSnapshotDefaultCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var current = SessionDefaults.Process.Current;
            WriteDebug("Session defaults apply after per-call parameters and before environment variables and profile files.");
            WriteObject(current);
        }
    }
}
