using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Plugin;
using AppSnapshot.Workflow.Common;
using AppSnapshot.Workflow.Instances;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// One New-AppConsistentSnapshotGroup, fed instance by instance while the records arrive. An instance as
    /// Get-EcsInstance read it (status, platform, role, Cloud Assistant state) is checked and confirmed at once
    /// and not read again; a bare id is read with the others of its region at the end. Every 100 accepted
    /// instances of one region and command start a RunCommand at once, so runs start while later instances
    /// are still being read upstream; the watcher takes each run the moment it is started.
    /// </summary>
    public sealed class SnapshotRun
    {
        private readonly ICloudClients _clients;
        private readonly WorkflowSettings _settings;
        private readonly SnapshotRunRequest _request;
        private readonly IOutputSink _sink;
        private readonly CancellationToken _ct;
        private readonly SnapshotCommandPlanner _planner;
        private readonly RunStarter _starter;
        private readonly InvocationFeed _feed = new InvocationFeed();
        private readonly Task? _watching;
        private readonly object _gate = new object();
        private readonly RunCommandBatcher _batcher = new RunCommandBatcher();
        private readonly List<Task> _starting = new List<Task>();
        private readonly List<InstanceTarget> _toRead = new List<InstanceTarget>();
        private readonly HashSet<(string RegionId, string InstanceId)> _seen = new HashSet<(string, string)>();
        private readonly HashSet<Platform> _platforms = new HashSet<Platform>();

        internal SnapshotRun(ICloudClients clients, WorkflowSettings settings, SnapshotRunRequest request, IOutputSink sink, CancellationToken ct)
        {
            if (request.TimeoutSeconds <= 0) throw new ArgumentOutOfRangeException("TimeoutSeconds", "TimeoutSeconds must be positive.");
            _clients = clients;
            _settings = settings;
            _request = request;
            _sink = sink;
            _ct = ct;
            _planner = new SnapshotCommandPlanner(request, request.Name ?? DefaultGroupName.At(settings.Clock.UtcNow));
            _planner.Validate();
            _starter = new RunStarter(clients, settings, _planner.GroupName, request.NoWait);
            if (!request.NoWait)
            {
                // Until the input ends, more runs may come: a watcher with nothing due waits for them, not for its clock.
                _feed.Coming();
                _watching = new InvocationWatcher(clients, settings).WatchAsync(_feed, new WatchOptions
                {
                    Timeout = TimeSpan.FromSeconds(request.TimeoutSeconds),
                    RequireApplicationConsistent = request.RequireApplicationConsistent,
                }, sink, ct);
            }
        }

        /// <summary>The name every group of this run gets.</summary>
        public string GroupName => _planner.GroupName;

        /// <summary>An instance named by id only: read (with the others of its region) when the input ends.</summary>
        public void Add(InstanceTarget target)
        {
            lock (_gate) _toRead.Add(target);
        }

        /// <summary>
        /// An instance as Get-EcsInstance read it. Used as read when it carries the Cloud Assistant state (the
        /// sign that its detail was read); otherwise it is read again like a bare id.
        /// </summary>
        public void Add(EcsInstance instance)
        {
            if (instance is null) throw new ArgumentNullException(nameof(instance));
            if (!instance.CloudAssistantRunning.HasValue || string.IsNullOrEmpty(instance.Status) || string.IsNullOrEmpty(instance.RegionId))
            {
                Add(new InstanceTarget(instance.InstanceId, string.IsNullOrEmpty(instance.RegionId) ? null : instance.RegionId));
                return;
            }
            if (RunChecks.Passes(instance, _request.RamRoleName, _sink)) Confirm(instance.RegionId, instance);
        }

        /// <summary>No more input: reads the bare ids, starts what is left, and (unless NoWait) waits for every result.</summary>
        public async Task CompleteAsync()
        {
            Exception? failure = null;
            try
            {
                await ReadNamedAsync().ConfigureAwait(false);
                lock (_gate)
                {
                    foreach (var batch in _batcher.Flush()) StartLocked(batch);
                }
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            // Whatever happened above, every run that starts reaches the watcher (or the notice) before the feed ends.
            try
            {
                await Task.WhenAll(StartsSoFar()).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                failure ??= ex;
            }
            if (_watching != null) _feed.NotComing();
            _feed.Complete();

            if (failure is OperationCanceledException cancelled && _ct.IsCancellationRequested && _watching == null)
            {
                // Runs already started keep running: name them so that nothing started is lost.
                throw RunsLeftBehind.Cancelled(_starter.Started, _settings.PendingInvocations, _sink, cancelled);
            }
            if (failure == null) WarnAboutIgnoredOptions();
            // The watcher sees the runs started to their end (or, cancelled by the same token, names every one it was fed).
            if (_watching != null) await _watching.ConfigureAwait(false);
            if (failure != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        private List<Task> StartsSoFar()
        {
            lock (_gate) return _starting.ToList();
        }

        private async Task ReadNamedAsync()
        {
            List<InstanceTarget> named;
            lock (_gate) named = _toRead.ToList();
            foreach (var region in InstanceTarget.ByRegion(named, _clients))
            {
                var ids = region.InstanceIds;
                IReadOnlyDictionary<string, EcsInstance> instances;
                try
                {
                    instances = await InstanceDirectory.ReadAsync(_clients, region.RegionId, ids, _request.RamRoleName == null, _sink, _ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ApiErrors.IsApiFailure(ex) && _starter.AnyStarted)
                {
                    // Runs are going already: they are watched to their end, and these instances are reported instead of the whole command failing.
                    foreach (var id in ids) _sink.WriteError(ApiErrors.ToError(ex, id, "Reading the instance", WorkflowErrorIds.RunCommandFailed));
                    continue;
                }
                var runnable = ids.Where(instances.ContainsKey).Select(id => instances[id]).Where(i => RunChecks.Passes(i, _request.RamRoleName, _sink, cloudAssistantKnown: false)).ToList();
                foreach (var instance in await CloudAssistantGate.HealthyAsync(_clients, region.RegionId, runnable, _sink, _ct).ConfigureAwait(false))
                {
                    Confirm(region.RegionId, instance);
                }
            }
        }

        /// <summary>Asks (-WhatIf/-Confirm), then adds the instance to its batch; a full batch starts at once.</summary>
        private void Confirm(string regionId, EcsInstance instance)
        {
            lock (_gate)
            {
                if (!_seen.Add((regionId, instance.InstanceId))) return;
            }
            if (!_sink.ShouldProcess(instance.InstanceId, "Create application-consistent snapshot group '" + _planner.GroupName + "'")) return;
            var command = _planner.Build(instance.PlatformValue, _request.RamRoleName ?? instance.RamRoleName!);
            lock (_gate)
            {
                _platforms.Add(command.Platform);
                var full = _batcher.Add(regionId, instance.InstanceId, command);
                if (full != null) StartLocked(full);
            }
        }

        private void StartLocked(RunCommandBatch batch)
        {
            _feed.Coming();
            _starting.Add(Task.Run(async () =>
            {
                WatchedInvocation? started = null;
                try
                {
                    started = await _starter.StartAsync(batch, _sink, _ct).ConfigureAwait(false);
                }
                finally
                {
                    if (started != null && _watching != null) _feed.Add(started);
                    else _feed.NotComing();
                }
            }, CancellationToken.None));
        }

        private void WarnAboutIgnoredOptions()
        {
            if (_platforms.Count == 0) return;
            if (_request.EnableWriters.HasValue && !_platforms.Contains(Platform.Windows))
                _sink.WriteWarning("-" + SnapshotParameterNames.ExcludeWriters + " applies to Windows instances only; none of the instances is Windows.");
            if ((_request.EnableFsFreeze.HasValue || _request.FreezeTimeoutInSeconds.HasValue || _request.ScriptTimeoutInSeconds.HasValue) && !_platforms.Contains(Platform.Linux))
                _sink.WriteWarning("-" + SnapshotParameterNames.NoFsFreeze + ", -" + SnapshotParameterNames.FreezeTimeout + " and -" + SnapshotParameterNames.ScriptTimeout + " apply to Linux instances only; none of the instances is Linux.");
        }

    }
}
