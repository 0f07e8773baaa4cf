using System;
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
        private readonly object _gate = new object();
        private readonly List<Action<IOutputSink>> _held = new List<Action<IOutputSink>>();

        public HeldSink(IOutputSink inner) : base(inner) { }

        public override void WriteObject(object value) => Hold(s => s.WriteObject(value));
        public override void WriteError(OperationError error) => Hold(s => s.WriteError(error));
        public override void WriteWarning(string message) => Hold(s => s.WriteWarning(message));
        public override void WriteVerbose(string message) => Hold(s => s.WriteVerbose(message));
        public override bool ShouldProcess(string target, string action) => false;
        public override bool ShouldContinue(string query, string caption) => false;

        /// <summary>Writes what was held, in the order it came, to the inner sink.</summary>
        public void Release()
        {
            List<Action<IOutputSink>> held;
            lock (_gate)
            {
                held = new List<Action<IOutputSink>>(_held);
                _held.Clear();
            }
            foreach (var write in held) write(Inner);
        }

        private void Hold(Action<IOutputSink> write)
        {
            lock (_gate) _held.Add(write);
        }
    }
}
