using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>
    /// Plug-in runs started in this process that have not been reported yet: registered the moment RunCommand
    /// answers (or the run is found after a lost answer), removed when their result is written, so that
    /// Get-AppSnapshotResult with no arguments picks up whatever a stop, a time-out or an outage left behind.
    /// </summary>
    public sealed class PendingInvocationRegistry
    {
        public static PendingInvocationRegistry Shared { get; } = new PendingInvocationRegistry();

        private readonly object _gate = new object();
        private readonly List<PendingInvocation> _items = new List<PendingInvocation>();

        public void Add(PendingInvocation pending)
        {
            lock (_gate)
            {
                if (!_items.Any(p => p.SameAs(pending))) _items.Add(pending);
            }
        }

        public void Remove(string invokeId, string instanceId)
        {
            lock (_gate) _items.RemoveAll(p => p.Matches(invokeId, instanceId));
        }

        /// <summary>The run tagged <paramref name="runTag"/> was found: its entries now carry its InvokeId.</summary>
        public void Resolve(string runTag, string invokeId)
        {
            lock (_gate)
            {
                for (var i = 0; i < _items.Count; i++)
                {
                    var p = _items[i];
                    if (!p.IsResolved && p.RunTag == runTag) _items[i] = new PendingInvocation(p.RegionId, invokeId, p.InstanceId, p.GroupName);
                }
            }
        }

        /// <summary>No run carries <paramref name="runTag"/>: nothing was started, nothing is pending.</summary>
        public void Forget(string runTag)
        {
            lock (_gate) _items.RemoveAll(p => !p.IsResolved && p.RunTag == runTag);
        }

        public IReadOnlyList<PendingInvocation> Snapshot()
        {
            lock (_gate) return _items.ToList();
        }

        public int Count
        {
            get { lock (_gate) return _items.Count; }
        }
    }

    public sealed class PendingInvocation
    {
        public PendingInvocation(string regionId, string invokeId, string instanceId, string? groupName = null)
            : this(regionId, invokeId, null, instanceId, groupName)
        {
        }

        private PendingInvocation(string regionId, string invokeId, string? runTag, string instanceId, string? groupName)
        {
            RegionId = regionId;
            InvokeId = invokeId;
            RunTag = runTag;
            InstanceId = instanceId;
            GroupName = groupName;
        }

        /// <summary>
        /// A run whose RunCommand answer was lost and whose lookup failed too: it may have started, and is
        /// known by its run tag until a lookup finds its InvokeId (or finds that it never started).
        /// </summary>
        public static PendingInvocation Unresolved(string regionId, string runTag, string instanceId, string? groupName) =>
            new PendingInvocation(regionId, "", runTag, instanceId, groupName);

        public string RegionId { get; }
        /// <summary>Empty while the run is known only by its <see cref="RunTag"/>.</summary>
        public string InvokeId { get; }
        /// <summary>The value of the run's appsnapshot-run tag, for a run not found yet.</summary>
        public string? RunTag { get; }
        public string InstanceId { get; }
        public string? GroupName { get; }
        public bool IsResolved => InvokeId.Length > 0;

        internal bool Matches(string invokeId, string instanceId) => IsResolved && InvokeId == invokeId && InstanceId == instanceId;

        internal bool SameAs(PendingInvocation other) =>
            InvokeId == other.InvokeId && RunTag == other.RunTag && InstanceId == other.InstanceId;

        public override string ToString() => (IsResolved ? InvokeId : "(run tagged " + RunTag + ")") + "/" + InstanceId;
    }
}
