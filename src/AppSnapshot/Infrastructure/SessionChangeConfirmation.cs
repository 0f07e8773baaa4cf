using System.Management.Automation;
using AppSnapshot.Output;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>
    /// ShouldProcess for cmdlets that change only the PowerShell session (no operation, no dispatcher):
    /// the same answer as the operations' sink, including ConfirmationRequired when the session cannot prompt.
    /// </summary>
    internal static class SessionChangeConfirmation
    {
        public static bool ShouldProcess(PSCmdlet cmdlet, string target, string action)
        {
            try
            {
                return new CmdletOutputSink(cmdlet, force: false).ShouldProcess(target, action);
            }
            catch (AppSnapshotException ex)
            {
                cmdlet.ThrowTerminatingError(ErrorRecordFactory.FromException(ex));
                return false;
            }
        }
    }
}
