namespace AppSnapshot.Output
{
    /// <summary>
    /// For Set-/Remove- cmdlets without -PassThru: objects become verbose lines instead of output,
    /// everything else passes through unchanged.
    /// </summary>
    public sealed class PassThruSink : ForwardingSink
    {
        private readonly bool _passThru;

        public PassThruSink(IOutputSink inner, bool passThru) : base(inner) => _passThru = passThru;

        public override void WriteObject(object value)
        {
            if (_passThru) Inner.WriteObject(value);
            else Inner.WriteVerbose(value.ToString() ?? string.Empty);
        }
    }
}
