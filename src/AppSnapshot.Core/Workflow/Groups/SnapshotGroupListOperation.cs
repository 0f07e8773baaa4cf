using System;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Connection;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.Groups
{
    /// <summary>Lists snapshot-consistent groups with their snapshots and consistency; writes <see cref="SnapshotGroup"/> objects.</summary>
    public sealed class SnapshotGroupListOperation
    {
        private readonly ICloudClients _clients;

        public SnapshotGroupListOperation(AcsSession session) : this(new SessionClients(session)) { }

        public SnapshotGroupListOperation(ICloudClients clients) => _clients = clients ?? throw new ArgumentNullException(nameof(clients));

        public async Task RunAsync(SnapshotGroupQueryRequest request, IOutputSink sink, CancellationToken ct)
        {
            foreach (var group in await SnapshotGroupReader.ReadAsync(_clients, request.Selection, sink, ct).ConfigureAwait(false))
            {
                sink.WriteObject(group);
            }
        }
    }
}
