namespace AppSnapshot.Output
{
    /// <summary>
    /// Everything an operation may say to its caller. The cmdlet implements it with
    /// WriteObject/WriteError/WriteProgress/ShouldProcess; tests implement it with lists.
    /// Operations may call it from any thread: <see cref="PipelineDispatcher"/> carries each call
    /// to the thread that started the operation, which is the only thread PowerShell allows.
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
    }
}
