namespace AppSnapshot.Output
{
    /// <summary>
    /// Everything an operation may say to its caller, and the only road from the core to the host:
    /// the client's debug and retry notes, progress, prompts and results all travel here. The cmdlet
    /// implements it with WriteObject/WriteError/WriteProgress/ShouldProcess/ShouldContinue; tests
    /// implement it with lists. Operations may call it from any thread: <see cref="PipelineDispatcher"/>
    /// carries each call to the thread that started the operation, the only thread PowerShell allows.
    /// </summary>
    public interface IOutputSink
    {
        void WriteObject(object value);
        void WriteError(OperationError error);
        void WriteWarning(string message);
        void WriteVerbose(string message);
        void WriteDebug(string message);
        void WriteProgress(ProgressInfo progress);

        /// <summary>Asks whether to go ahead with <paramref name="action"/> on <paramref name="target"/> (-WhatIf/-Confirm).</summary>
        bool ShouldProcess(string target, string action);

        /// <summary>
        /// The second question PowerShell asks before a change that cannot be undone or takes something
        /// away (Yes / Yes to All / No / No to All). The cmdlet answers yes without asking under -Force.
        /// </summary>
        bool ShouldContinue(string query, string caption);
    }
}
