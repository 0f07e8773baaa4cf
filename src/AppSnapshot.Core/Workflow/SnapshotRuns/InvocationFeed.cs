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
        private int _coming;

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

        /// <summary>
        /// An invocation is on its way (its RunCommand was sent, or the input that may start one is still open): until it is
        /// added or <see cref="NotComing"/>, a watcher with nothing else to do waits for it rather than for its clock.
        /// </summary>
        public void Coming()
        {
            lock (_gate) _coming++;
        }

        /// <summary>An invocation announced with <see cref="Coming"/> did not start (or the input ended).</summary>
        public void NotComing()
        {
            TaskCompletionSource<bool> signal;
            lock (_gate)
            {
                if (_coming > 0) _coming--;
                signal = Renew();
            }
            signal.TrySetResult(true);
        }

        /// <summary>Invocations announced and not added yet.</summary>
        internal bool AnyComing
        {
            get { lock (_gate) return _coming > 0; }
        }

        /// <summary>
        /// Waits (at most <paramref name="longest"/>) until nothing announced is still on its way: after a stop, the runs
        /// whose RunCommand was already sent are added (or withdrawn) within moments, and must be named with the others.
        /// </summary>
        internal async Task SettleAsync(TimeSpan longest)
        {
            var giveUp = Task.Delay(longest);
            while (true)
            {
                Task changed;
                lock (_gate)
                {
                    if (_coming == 0 || _complete) return;
                    changed = _changed.Task;
                }
                if (await Task.WhenAny(changed, giveUp).ConfigureAwait(false) == giveUp) return;
            }
        }

        public void Add(WatchedInvocation invocation)
        {
            if (invocation == null) throw new ArgumentNullException(nameof(invocation));
            TaskCompletionSource<bool> signal;
            lock (_gate)
            {
                if (_complete) throw new InvalidOperationException("The feed is complete; no invocation can be added to it.");
                _arrived.Add(invocation);
                if (_coming > 0) _coming--;
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
