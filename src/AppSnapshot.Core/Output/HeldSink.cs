using System.Collections.Generic;

namespace AppSnapshot.Output
{
    /// <summary>
    /// Holds what a piece of work running beside others writes (objects, errors, warnings, verbose lines) until its
    /// owner releases it, so that the owner's writes stay one after another and in a sensible order. Debug notes and
    /// progress go straight through; prompts are refused, as work running in the background cannot ask.
    /// </summary>
    internal sealed class HeldSink : ForwardingSink
    {
        private enum Kind { Object, Error, Warning, Verbose }

        private readonly object _gate = new object();
        private readonly List<(Kind Kind, object Value)> _held = new List<(Kind, object)>();

        public HeldSink(IOutputSink inner) : base(inner) { }

        public override void WriteObject(object value) => Hold(Kind.Object, value);
        public override void WriteError(OperationError error) => Hold(Kind.Error, error);
        public override void WriteWarning(string message) => Hold(Kind.Warning, message);
        public override void WriteVerbose(string message) => Hold(Kind.Verbose, message);
        public override bool ShouldProcess(string target, string action) => false;
        public override bool ShouldContinue(string query, string caption) => false;

        /// <summary>Writes what was held, in the order it came, to the inner sink.</summary>
        public void Release()
        {
            List<(Kind Kind, object Value)> held;
            lock (_gate)
            {
                held = new List<(Kind, object)>(_held);
                _held.Clear();
            }
            foreach (var (kind, value) in held)
            {
                switch (kind)
                {
                    case Kind.Object: Inner.WriteObject(value); break;
                    case Kind.Error: Inner.WriteError((OperationError)value); break;
                    case Kind.Warning: Inner.WriteWarning((string)value); break;
                    default: Inner.WriteVerbose((string)value); break;
                }
            }
        }

        private void Hold(Kind kind, object value)
        {
            lock (_gate) _held.Add((kind, value));
        }
    }
}
