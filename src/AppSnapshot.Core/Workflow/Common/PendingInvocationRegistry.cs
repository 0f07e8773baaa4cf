using System.Collections.Generic;
using System.Linq;

namespace AppSnapshot.Workflow.Common
{
    /// <summary>
    /// Plug-in runs that were still going when a wait timed out or was cancelled, so that
    /// Get-AppSnapshotResult with no arguments can pick them up later in the same session.
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
                if (!_items.Any(p => p.Matches(pending.InvokeId, pending.InstanceId))) _items.Add(pending);
            }
        }

        public void Remove(string invokeId, string instanceId)
        {
            lock (_gate) _items.RemoveAll(p => p.Matches(invokeId, instanceId));
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
        {
            RegionId = regionId;
            InvokeId = invokeId;
            InstanceId = instanceId;
            GroupName = groupName;
        }

        public string RegionId { get; }
        public string InvokeId { get; }
        public string InstanceId { get; }
        public string? GroupName { get; }

        internal bool Matches(string invokeId, string instanceId) => InvokeId == invokeId && InstanceId == instanceId;

        public override string ToString() => InvokeId + "/" + InstanceId;
    }
}
