using System.Management.Automation;
using AppSnapshot.Models;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>The verbose lines of Set-/Clear-AppSnapshotDefault: one per setting that changed.</summary>
    internal static class SessionDefaultChanges
    {
        public static void Report(PSCmdlet cmdlet, AppSnapshotDefault before, AppSnapshotDefault after)
        {
            var host = new CmdletOutputSink(cmdlet, force: false);
            Line(host, "RegionId", before.RegionId, after.RegionId);
            Line(host, "ProfileName", before.ProfileName, after.ProfileName);
            Line(host, "Endpoint", before.Endpoint, after.Endpoint);
        }

        private static void Line(CmdletOutputSink host, string name, string? before, string? after)
        {
            if (before == after) return;
            host.WriteVerbose("Session default " + name + ": " + (after ?? "cleared") + " (was " + (before ?? "not set") + ").");
        }
    }
}
