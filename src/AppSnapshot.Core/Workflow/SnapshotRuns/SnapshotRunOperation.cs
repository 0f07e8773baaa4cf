using System;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Connection;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// New-AppConsistentSnapshotGroup: runs the plug-in on many instances with as few RunCommand
    /// calls as possible, then (unless NoWait) waits for and classifies every result.
    /// Writes <see cref="SnapshotInvocation"/> (NoWait) or <see cref="AppSnapshotResult"/> objects.
    /// A cmdlet feeds a <see cref="SnapshotRun"/> record by record (<see cref="Begin"/>); <see cref="RunAsync"/>
    /// runs a request whose instances are all known.
    /// </summary>
    public sealed class SnapshotRunOperation
    {
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;

        public SnapshotRunOperation(AcsSession session, WorkflowSettings? settings = null)
            : this(new SessionClients(session), settings) { }

        public SnapshotRunOperation(ICloudClients clients, WorkflowSettings? settings = null)
        {
            _clients = clients ?? throw new ArgumentNullException(nameof(clients));
            _settings = settings ?? WorkflowSettings.Default;
        }

        /// <summary>
        /// Checks the request (bad values throw, naming the parameter, before any call) and opens a run to feed
        /// with <see cref="SnapshotRun.Add(EcsInstance)"/> / <see cref="SnapshotRun.Add(InstanceTarget)"/>.
        /// </summary>
        public SnapshotRun Begin(SnapshotRunRequest request, IOutputSink sink, CancellationToken ct) =>
            new SnapshotRun(_clients, _settings, request ?? throw new ArgumentNullException(nameof(request)), sink, ct);

        public Task RunAsync(SnapshotRunRequest request, IOutputSink sink, CancellationToken ct)
        {
            if (request.Instances.Count == 0) throw new ArgumentException("Name at least one instance.", "InstanceId");
            var run = Begin(request, sink, ct);
            foreach (var target in request.Instances) run.Add(target);
            return run.CompleteAsync();
        }
    }
}
