using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>Invocations handed to a watcher while it watches. (Interim: the watcher reads it once complete.)</summary>
    internal sealed class InvocationFeed
    {
        private readonly List<WatchedInvocation> _items = new List<WatchedInvocation>();
        private readonly TaskCompletionSource<bool> _completed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        public static InvocationFeed Of(IEnumerable<WatchedInvocation> invocations)
        {
            var feed = new InvocationFeed();
            foreach (var i in invocations) feed.Add(i);
            feed.Complete();
            return feed;
        }

        public void Add(WatchedInvocation invocation)
        {
            lock (_items)
            {
                if (_completed.Task.IsCompleted) throw new InvalidOperationException("The feed is complete.");
                _items.Add(invocation);
            }
        }

        public void Complete()
        {
            lock (_items) _completed.TrySetResult(true);
        }

        internal async Task<IReadOnlyList<WatchedInvocation>> AllAsync()
        {
            await _completed.Task.ConfigureAwait(false);
            lock (_items) return _items.ToList();
        }
    }
}
