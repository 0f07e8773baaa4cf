using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using AppSnapshot.Connection;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>
    /// One <see cref="SessionDefaults"/> per PowerShell session (runspace), so Set-AppSnapshotDefault in
    /// one runspace never changes what a script in another runspace of the same process (a job,
    /// ForEach-Object -Parallel, a hosting application) talks to. Forgotten with the runspace.
    /// </summary>
    internal static class RunspaceDefaults
    {
        private static readonly ConditionalWeakTable<Runspace, SessionDefaults> ByRunspace = new ConditionalWeakTable<Runspace, SessionDefaults>();
        private static readonly SessionDefaults WithoutRunspace = new SessionDefaults();

        /// <summary>The defaults of the runspace running on this (pipeline) thread.</summary>
        public static SessionDefaults Current
        {
            get
            {
                var runspace = Runspace.DefaultRunspace;
                return runspace is null ? WithoutRunspace : ByRunspace.GetValue(runspace, _ => new SessionDefaults());
            }
        }
    }
}
