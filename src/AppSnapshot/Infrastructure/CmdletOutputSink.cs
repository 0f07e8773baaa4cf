using System;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Threading;
using AppSnapshot.Output;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>
    /// The engine's output sink, written with the cmdlet's own Write*, ShouldProcess and ShouldContinue.
    /// It belongs to the pipeline thread that created it and refuses, loudly, a call from any other
    /// thread: every write must come through <see cref="PipelineDispatcher"/>.
    /// </summary>
    internal sealed class CmdletOutputSink : IOutputSink
    {
        private readonly PSCmdlet _cmdlet;
        private readonly bool _force;
        private readonly bool _verboseAsDebug;
        private readonly int _pipelineThread = Thread.CurrentThread.ManagedThreadId;
        private bool _yesToAll;
        private bool _noToAll;

        /// <param name="force">-Force: ShouldContinue answers yes without asking.</param>
        public CmdletOutputSink(PSCmdlet cmdlet, bool force)
        {
            _cmdlet = cmdlet;
            _force = force;
            // -Debug without -Verbose makes the engine ask before every verbose message (VerbosePreference
            // Inquire), which stops an interactive run at each line and fails a non-interactive one. The user
            // asked to see more, not to be asked: the narrative goes to the debug stream instead.
            var bound = cmdlet.MyInvocation.BoundParameters;
            _verboseAsDebug = bound.ContainsKey("Debug") && !bound.ContainsKey("Verbose");
        }

        public void WriteObject(object value) => OnPipelineThread()._cmdlet.WriteObject(value);

        public void WriteError(OperationError error) => OnPipelineThread()._cmdlet.WriteError(ErrorRecordFactory.FromOperationError(error));

        public void WriteWarning(string message) => OnPipelineThread()._cmdlet.WriteWarning(message);

        public void WriteVerbose(string message)
        {
            if (OnPipelineThread()._verboseAsDebug) _cmdlet.WriteDebug(message);
            else _cmdlet.WriteVerbose(message);
        }

        public void WriteDebug(string message) => OnPipelineThread()._cmdlet.WriteDebug(message);

        public void WriteProgress(ProgressInfo progress)
        {
            var record = new ProgressRecord(progress.ActivityId, progress.Activity, progress.StatusDescription)
            {
                ParentActivityId = progress.ParentActivityId,
                PercentComplete = progress.PercentComplete,
                SecondsRemaining = progress.SecondsRemaining,
                RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
            };
            if (progress.CurrentOperation != null) record.CurrentOperation = progress.CurrentOperation;
            OnPipelineThread()._cmdlet.WriteProgress(record);
        }

        public bool ShouldProcess(string target, string action)
        {
            OnPipelineThread();
            try
            {
                return _cmdlet.ShouldProcess(target, action);
            }
            catch (Exception ex) when (IsNoPromptPossible(ex))
            {
                throw ConfirmationImpossible(ex, "-Confirm:$false (or set $ConfirmPreference = 'None')", action + " on " + target);
            }
        }

        public bool ShouldContinue(string query, string caption)
        {
            OnPipelineThread();
            if (_force) return true;
            try
            {
                return _cmdlet.ShouldContinue(query, caption, ref _yesToAll, ref _noToAll);
            }
            catch (Exception ex) when (IsNoPromptPossible(ex))
            {
                throw ConfirmationImpossible(ex, "-Force", caption);
            }
        }

        private CmdletOutputSink OnPipelineThread()
        {
            if (Thread.CurrentThread.ManagedThreadId != _pipelineThread)
                throw new InvalidOperationException("AppSnapshot defect: a write to PowerShell came from thread " +
                    Thread.CurrentThread.ManagedThreadId + ", not from the pipeline thread " + _pipelineThread +
                    ". Every write must pass through PipelineDispatcher.");
            return this;
        }

        /// <summary>A session that cannot prompt (pwsh -NonInteractive, a job, a hosted runspace without UI).</summary>
        private static bool IsNoPromptPossible(Exception ex) =>
            ex is PSInvalidOperationException || ex is HostException || ex is NotImplementedException;

        /// <summary>ErrorId of a confirmation that a non-interactive session could not ask.</summary>
        internal const string ConfirmationRequiredErrorId = "ConfirmationRequired";

        /// <summary>The message names the remedy too: Windows PowerShell 5.1 does not show RecommendedAction.</summary>
        private static AppSnapshotException ConfirmationImpossible(Exception ex, string remedy, string what) =>
            new AppSnapshotException("Confirmation is needed before '" + what + "', but this session cannot prompt (" + ex.Message.TrimEnd('.') +
                "). Add " + remedy + " to go ahead without the question.",
                ConfirmationRequiredErrorId, "Add " + remedy + " to go ahead without the question, or run the command in an interactive session.");
    }
}
