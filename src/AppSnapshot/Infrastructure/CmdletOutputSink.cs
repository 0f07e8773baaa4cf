using System.Management.Automation;
using AppSnapshot.Output;

namespace AppSnapshot.Commands.Infrastructure
{
    /// <summary>
    /// The engine's output sink, written with the cmdlet's own Write* methods. Only ever called on
    /// the pipeline thread: <see cref="PipelineDispatcher"/> guarantees that.
    /// </summary>
    internal sealed class CmdletOutputSink : IOutputSink
    {
        private readonly Cmdlet _cmdlet;

        public CmdletOutputSink(Cmdlet cmdlet) => _cmdlet = cmdlet;

        public void WriteObject(object value) => _cmdlet.WriteObject(value);

        public void WriteError(OperationError error) => _cmdlet.WriteError(ErrorRecordFactory.FromOperationError(error));

        public void WriteWarning(string message) => _cmdlet.WriteWarning(message);

        public void WriteVerbose(string message) => _cmdlet.WriteVerbose(message);

        public void WriteDebug(string message) => _cmdlet.WriteDebug(message);

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
            _cmdlet.WriteProgress(record);
        }

        public bool ShouldProcess(string target, string action) => _cmdlet.ShouldProcess(target, action);
    }
}
