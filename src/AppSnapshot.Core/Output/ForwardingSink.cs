namespace AppSnapshot.Output
{
    /// <summary>A sink decorator: forwards every call; subclasses override what they change.</summary>
    public abstract class ForwardingSink : IOutputSink
    {
        protected ForwardingSink(IOutputSink inner) => Inner = inner;

        protected IOutputSink Inner { get; }

        public virtual void WriteObject(object value) => Inner.WriteObject(value);
        public virtual void WriteError(OperationError error) => Inner.WriteError(error);
        public virtual void WriteWarning(string message) => Inner.WriteWarning(message);
        public virtual void WriteVerbose(string message) => Inner.WriteVerbose(message);
        public virtual void WriteDebug(string message) => Inner.WriteDebug(message);
        public virtual void WriteProgress(ProgressInfo progress) => Inner.WriteProgress(progress);
        public virtual bool ShouldProcess(string target, string action) => Inner.ShouldProcess(target, action);
        public virtual bool ShouldContinue(string query, string caption) => Inner.ShouldContinue(query, caption);
    }
}
