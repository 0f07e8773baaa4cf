using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Api;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// Starts batches (several at once; the client paces RunCommand to the server) and registers each run the
    /// moment it is known to run. A lost answer is reconciled: the run is looked up by its tag, so "failed, run
    /// it again" is said only when nothing was started.
    /// </summary>
    internal sealed class RunStarter
    {
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;
        private readonly string _groupName;
        private readonly bool _noWait;
        private readonly List<PendingInvocation> _started = new List<PendingInvocation>();

        public RunStarter(ICloudClients clients, WorkflowSettings settings, string groupName, bool noWait)
        {
            _clients = clients;
            _settings = settings;
            _groupName = groupName;
            _noWait = noWait;
        }

        /// <summary>Every instance of every run started so far.</summary>
        public IReadOnlyCollection<PendingInvocation> Started
        {
            get { lock (_started) return _started.ToList(); }
        }

        public bool AnyStarted
        {
            get { lock (_started) return _started.Count > 0; }
        }

        /// <summary>The run, or null when it did not start (the errors are written).</summary>
        public async Task<WatchedInvocation?> StartAsync(RunCommandBatch batch, IOutputSink sink, CancellationToken ct)
        {
            var ecs = _clients.Ecs(batch.RegionId);
            var args = RunCommandSubmitter.Prepare(batch, _groupName);
            RunCommandResult? started;
            try
            {
                started = await RunCommandSubmitter.SubmitAsync(ecs, args, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (LostAnswers.MayHaveChanged(ex))
            {
                started = await FindAfterLostAnswerAsync(ecs, batch, args.ClientToken, ex, sink, ct).ConfigureAwait(false);
                if (started == null) return null;
            }
            catch (Exception ex) when (ApiErrors.IsApiFailure(ex))
            {
                // One ineligible instance fails the whole call: report it against every instance of the batch.
                foreach (var id in batch.InstanceIds) sink.WriteError(ApiErrors.ToError(ex, id, "Starting the plug-in (RunCommand)", WorkflowErrorIds.RunCommandFailed));
                return null;
            }
            var startedAt = _settings.Clock.UtcNow;
            // Registered at once, so that a stop, a time-out or an outage from here on cannot lose it.
            var pending = batch.InstanceIds.Select(id => new PendingInvocation(batch.RegionId, started.InvokeId, id, _groupName)).ToList();
            foreach (var p in pending) _settings.PendingInvocations.Add(p);
            lock (_started) _started.AddRange(pending);
            sink.WriteVerbose("Started " + started.InvokeId + " on " + batch.InstanceIds.Count + " " + batch.Command.Platform + " instance(s) in " + batch.RegionId + ".");
            if (_noWait)
            {
                foreach (var id in batch.InstanceIds)
                {
                    sink.WriteObject(new SnapshotInvocation
                    {
                        InstanceId = id,
                        RegionId = batch.RegionId,
                        InvokeId = started.InvokeId,
                        CommandId = started.CommandId,
                        PlatformValue = batch.Command.Platform,
                        GroupName = _groupName,
                        RequestId = started.RequestId,
                    });
                }
            }
            return new WatchedInvocation(batch.RegionId, started.InvokeId, batch.InstanceIds, _groupName, started.RequestId) { StartedAt = startedAt, Kind = batch.Command.Platform.ToString() };
        }

        private async Task<RunCommandResult?> FindAfterLostAnswerAsync(Client.IRpcClient ecs, RunCommandBatch batch, string runTag,
            Exception lost, IOutputSink sink, CancellationToken ct)
        {
            sink.WriteVerbose("RunCommand's answer was lost (" + lost.Message + "); looking for the run by its tag " + runTag + ".");
            RunCommandResult? found;
            try
            {
                found = await RunCommandSubmitter.FindAsync(ecs, runTag, ct).ConfigureAwait(false);
            }
            catch (Exception lookup) when (ApiErrors.IsApiFailure(lookup))
            {
                foreach (var id in batch.InstanceIds)
                {
                    _settings.PendingInvocations.Add(PendingInvocation.Unresolved(batch.RegionId, runTag, id, _groupName));
                    sink.WriteError(new OperationError(WorkflowErrorIds.RunOutcomeUnknown, ErrorKind.ConnectionError,
                        id + ": RunCommand's answer was lost (" + lost.Message + ") and looking for the run failed too (" + lookup.Message +
                        "), so the plug-in may be running. The run is registered under its tag " + runTag + ".", id,
                        "Do not start it again: run " + CmdletNames.GetResult + " -Wait (no arguments) once the endpoint answers, to find the run and collect its result.", lost));
                }
                return null;
            }
            if (found == null)
            {
                foreach (var id in batch.InstanceIds)
                {
                    sink.WriteError(new OperationError(WorkflowErrorIds.RunCommandFailed, ErrorKind.ConnectionError,
                        id + ": the plug-in was not started: RunCommand's answer was lost (" + lost.Message + ") and no run carries its tag " + runTag + ".", id,
                        "Nothing was started on this instance; run the command again.", lost));
                }
                return null;
            }
            sink.WriteVerbose("Found the run " + found.InvokeId + " by its tag: it was started, once.");
            return found;
        }
    }
}
