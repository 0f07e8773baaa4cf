using System.Management.Automation;
using AppSnapshot.Models;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>The verbose lines of Set-/Clear-AppSnapshotDefault: one per setting that changed.</summary>
    internal static class SessionDefaultChanges
    {
        public static void Report(Cmdlet cmdlet, AppSnapshotDefault before, AppSnapshotDefault after)
        {
            Line(cmdlet, "RegionId", before.RegionId, after.RegionId);
            Line(cmdlet, "ProfileName", before.ProfileName, after.ProfileName);
            Line(cmdlet, "Endpoint", before.Endpoint, after.Endpoint);
        }

        private static void Line(Cmdlet cmdlet, string name, string? before, string? after)
        {
            if (before == after) return;
            cmdlet.WriteVerbose("Session default " + name + ": " + (after ?? "cleared") + " (was " + (before ?? "not set") + ").");
        }
    }
}
