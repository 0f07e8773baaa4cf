using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AppSnapshot.Models;
using AppSnapshot.Output;
using AppSnapshot.Workflow.Common;

namespace AppSnapshot.Workflow.SnapshotRuns
{
    /// <summary>
    /// What a stop, a time-out or an outage leaves behind: every run still going stays registered, is named in a
    /// warning, and (time-out, outage) gets one non-terminating error per instance with the invocation as its
    /// target, so that -ErrorAction Stop fails a job whose snapshots did not finish.
    /// </summary>
    internal static class RunsLeftBehind
    {
        public static void Register(IEnumerable<PendingInvocation> pending, PendingInvocationRegistry registry)
        {
            foreach (var p in pending) registry.Add(p);
        }

        public static string Notice(IReadOnlyCollection<PendingInvocation> pending, string why) =>
            "The wait " + why + " with " + pending.Count + " run(s) still going: " +
            string.Join(", ", pending.Take(20).Select(p => p.ToString())) + (pending.Count > 20 ? ", ..." : "") +
            ". They keep running in the cloud; run " + CmdletNames.GetResult + " -Wait (no arguments) to pick up their results.";

        /// <summary>Registers and names the runs a cancellation leaves, and returns the exception that carries the notice to the host.</summary>
        public static CancelledWithNoticeException Cancelled(IReadOnlyCollection<PendingInvocation> pending, PendingInvocationRegistry registry,
            IOutputSink sink, OperationCanceledException cause)
        {
            Register(pending, registry);
            var notice = pending.Count == 0 ? "The command was cancelled; no run was left going." : Notice(pending, "was cancelled");
            if (pending.Count > 0) sink.WriteWarning(notice);
            return new CancelledWithNoticeException(notice, cause, cause.CancellationToken);
        }

        /// <summary>
        /// The wait ended with <paramref name="open"/> runs unfinished (<paramref name="pending"/>: their instances not reported).
        /// After one look without -Wait that is expected (a warning); after a time-out it is an error per instance. A run whose
        /// status could never be read is an error either way.
        /// </summary>
        public static void End(IReadOnlyList<WatchedInvocation> open, IReadOnlyCollection<PendingInvocation> pending,
            Func<WatchedInvocation, IEnumerable<string>> unreported, WatchOptions options, PendingInvocationRegistry registry, IOutputSink sink)
        {
            Register(pending, registry);
            foreach (var invocation in open)
            {
                // Looked for and never read (outage, credentials): unknown. Not looked for yet: the wait was just too short.
                if (!invocation.EverRead && invocation.LastError != null)
                {
                    var targets = invocation.InstanceIds.Count == 0
                        ? new[] { Target(invocation.RegionId, invocation.InvokeId, "", invocation.GroupName) }
                        : unreported(invocation).Select(id => Target(invocation.RegionId, invocation.InvokeId, id, invocation.GroupName));
                    foreach (var run in targets) sink.WriteError(StatusUnknown(run, invocation.LastError, !options.SingleLook));
                }
                else if (!options.SingleLook)
                {
                    foreach (var id in unreported(invocation))
                    {
                        var status = invocation.LastStatus.TryGetValue(id, out var s) && s.Length > 0 ? s : "not looked at yet";
                        sink.WriteError(TimedOut(Target(invocation.RegionId, invocation.InvokeId, id, invocation.GroupName), status, options.Timeout));
                    }
                }
            }
            if (pending.Count > 0)
                sink.WriteWarning(Notice(pending, options.SingleLook ? "was not requested (no -Wait)" : "timed out after " + options.Timeout));
        }

        public static SnapshotInvocation Target(string regionId, string invokeId, string instanceId, string? groupName) =>
            new SnapshotInvocation { RegionId = regionId, InvokeId = invokeId, InstanceId = instanceId, GroupName = groupName ?? "" };

        public static OperationError TimedOut(SnapshotInvocation run, string status, TimeSpan timeout) =>
            new OperationError(WorkflowErrorIds.WaitTimedOut, ErrorKind.OperationTimeout,
                run.InstanceId + ": the wait ended after " + Describe(timeout) + " while run " + run.InvokeId + " was " + status +
                "; it keeps going in the cloud and its snapshot group is not confirmed.", run,
                "Collect the result later with " + CmdletNames.GetResult + " -Wait (no arguments, or pipe this error's TargetObject), or raise -TimeoutSeconds.");

        public static OperationError StatusUnknown(SnapshotInvocation run, Exception? lastError, bool wholeWait) =>
            new OperationError(WorkflowErrorIds.InvocationStatusUnknown,
                lastError is Client.AcsApiException api ? ErrorClassifier.Advise(api).Kind : ErrorKind.ConnectionError,
                (run.InstanceId.Length > 0 ? run.InstanceId + ": t" : "T") + "he status of run " + run.InvokeId + " could not be read" +
                (wholeWait ? " during the whole wait" : "") + (lastError == null ? "." : ": " + lastError.Message) +
                " Whether it finished, and with what result, is not known.", run,
                "Check the endpoint and credentials, then run " + CmdletNames.GetResult + " -Wait (no arguments, or pipe this error's TargetObject).",
                lastError);

        private static string Describe(TimeSpan t) =>
            t.TotalSeconds < 120 ? Math.Round(t.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + " s" : t.ToString();
    }
}
