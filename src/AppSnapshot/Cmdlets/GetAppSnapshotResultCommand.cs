using System.Management.Automation;
using AppSnapshot.Models;
using AppSnapshot.Workflow.SnapshotRuns;

namespace AppSnapshot.Commands
{
    /// <summary>
    /// Reads, decodes and explains plug-in results by InvokeId (from New-AppConsistentSnapshotGroup
    /// -NoWait objects), or, with no id and no pipeline input, the runs this PowerShell process
    /// registered as pending (-NoWait runs and waits that were stopped or timed out).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AppSnapshotResult", DefaultParameterSetName = PendingSet, HelpUri = Infrastructure.HelpLinks.Base + "Get-AppSnapshotResult.md")]
    [OutputType(typeof(AppSnapshotResult))]
    public sealed class GetAppSnapshotResultCommand : Infrastructure.AppSnapshotCmdlet
    {
        private const string ByIdSet = "ByInvokeId";
        private const string PendingSet = "Pending";
        private readonly ResultLookupRequest _request = new ResultLookupRequest();

        /// <summary>Binds by property name: SnapshotInvocation objects (live, or after Export-/Import-Clixml) and results bring InvokeId, InstanceId and RegionId.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.InvokeIdCompleter))]
        [ValidatePattern("^t-[A-Za-z0-9-]+$")]
        public string[] InvokeId { get; set; } = new string[0];

        /// <summary>Only this instance's result of the invocation.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ArgumentCompleter(typeof(Completion.InstanceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? InstanceId { get; set; }

        /// <summary>Wait until the invocations finish (progress bar), up to -TimeoutSeconds.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [ValidateRange(1, 86400)]
        public int TimeoutSeconds { get; set; } = 3600;

        [Parameter]
        public SwitchParameter RequireApplicationConsistent { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName != ByIdSet) return;
            foreach (var id in InvokeId) _request.Invocations.Add(new InvocationTarget(id, InstanceId, RegionFor(RegionId)));
        }

        protected override void EndProcessing()
        {
            if (_request.Invocations.Count == 0 && MyInvocation.ExpectingInput)
            {
                // An empty pipe never falls back to the pending runs: it asked for nothing.
                WriteVerbose("No invocation came through the pipeline; nothing to do.");
                return;
            }
            _request.Wait = Wait.ToBool();
            _request.TimeoutSeconds = TimeoutSeconds;
            _request.RequireApplicationConsistent = RequireApplicationConsistent.ToBool();
            RunOperation((session, sink, ct) => new ResultLookupOperation(session).RunAsync(_request, sink, ct));
        }
    }
}
