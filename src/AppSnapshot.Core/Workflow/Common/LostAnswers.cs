using System;
using AppSnapshot.Client;
using AppSnapshot.Output;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>
    /// Reconcile before reporting: a change whose answer was lost may have been made, so the operation reads
    /// back what happened instead of reporting "failed, run it again" (which would make it twice).
    /// </summary>
    internal static class LostAnswers
    {
        /// <summary>True when a request reached the service and its answer was lost, so the change may have been made.</summary>
        public static bool MayHaveChanged(Exception ex) =>
            ex is AcsTransportException transport && transport.MayHaveBeenApplied || ex is AcsApiException api && api.AfterLostAnswer;

        /// <summary>The change's answer was lost and the read-back failed too: say so, never "run it again".</summary>
        public static OperationError Unknown(object target, string change, Exception lost, Exception readBack, string whatToCheck) =>
            new OperationError(WorkflowErrorIds.ChangeOutcomeUnknown, ErrorKind.ConnectionError,
                change + ": the answer was lost (" + lost.Message + ") and reading back what happened failed too (" + readBack.Message +
                "), so it may or may not have been made.", target,
                "Check " + whatToCheck + " before running the command again.", lost);
    }
}
