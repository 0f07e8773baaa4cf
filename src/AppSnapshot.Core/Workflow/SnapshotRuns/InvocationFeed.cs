using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// The invocations a watch is about, handed over while it runs: the run adds each batch the moment its
    /// RunCommand answers (from any thread) and completes the feed when no more will come. The watcher takes
    /// what arrived whenever it looks, and ends only once the feed is complete and everything is reported.
    /// </summary>
    internal sealed class InvocationFeed
    {
        private readonly object _gate = new object();
        private readonly List<WatchedInvocation> _arrived = new List<WatchedInvocation>();
        private TaskCompletionSource<bool> _changed = NewSignal();
        private bool _complete;

        /// <summary>A feed that already holds every invocation and is complete.</summary>
        public static InvocationFeed Of(IEnumerable<WatchedInvocation> invocations)
        {
            var feed = new InvocationFeed();
            foreach (var invocation in invocations) feed.Add(invocation);
            feed.Complete();
            return feed;
        }

        public bool IsComplete
        {
            get { lock (_gate) return _complete; }
        }

        public void Add(WatchedInvocation invocation)
        {
            if (invocation == null) throw new ArgumentNullException(nameof(invocation));
            TaskCompletionSource<bool> signal;
            lock (_gate)
            {
                if (_complete) throw new InvalidOperationException("The feed is complete; no invocation can be added to it.");
                _arrived.Add(invocation);
                signal = Renew();
            }
            signal.TrySetResult(true);
        }

        /// <summary>No more invocations will come. Calling it again does nothing.</summary>
        public void Complete()
        {
            TaskCompletionSource<bool> signal;
            lock (_gate)
            {
                if (_complete) return;
                _complete = true;
                signal = Renew();
            }
            signal.TrySetResult(true);
        }

        /// <summary>Completes at the next Add or Complete; take it before <see cref="Take"/> so that nothing is missed.</summary>
        internal Task Changed
        {
            get { lock (_gate) return _changed.Task; }
        }

        /// <summary>What arrived since the last call, and whether the feed was complete at that moment.</summary>
        internal IReadOnlyList<WatchedInvocation> Take(out bool complete)
        {
            lock (_gate)
            {
                complete = _complete;
                if (_arrived.Count == 0) return Array.Empty<WatchedInvocation>();
                var taken = _arrived.ToArray();
                _arrived.Clear();
                return taken;
            }
        }

        private TaskCompletionSource<bool> Renew()
        {
            var signal = _changed;
            _changed = NewSignal();
            return signal;
        }

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
