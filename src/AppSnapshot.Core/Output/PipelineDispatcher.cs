using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace AppSnapshot.Output
{
    /// <summary>
    /// Runs an asynchronous operation on the thread pool while every call it makes on its sink is
    /// executed on the thread that called <see cref="Run"/> (the pipeline thread, for a cmdlet).
    /// When the pipeline sink throws (for example PipelineStoppedException after Ctrl+C), the
    /// operation is cancelled, later writes are dropped, and the exception is rethrown once the
    /// operation has ended.
    /// </summary>
    public static class PipelineDispatcher
    {
        public static void Run(IOutputSink pipelineSink, Func<IOutputSink, CancellationToken, Task> operation,
            CancellationToken cancellationToken)
        {
            if (pipelineSink is null) throw new ArgumentNullException(nameof(pipelineSink));
            if (operation is null) throw new ArgumentNullException(nameof(operation));

            using var queue = new BlockingCollection<Action>();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var queueingSink = new QueueingSink(queue, pipelineSink);
            var task = Task.Run(() => operation(queueingSink, linked.Token), CancellationToken.None);
            task.ContinueWith(_ => queue.CompleteAdding(), TaskScheduler.Default);

            Exception? sinkFailure = null;
            foreach (var action in queue.GetConsumingEnumerable())
            {
                // Every action checks the abandoned flag itself, so after a failure each queued
                // write is dropped and each pending ShouldProcess is answered "no".
                try
                {
                    action();
                }
                catch (Exception ex)
                {
                    if (sinkFailure != null) continue;
                    sinkFailure = ex;
                    queueingSink.Abandon();
                    linked.Cancel();
                }
            }

            if (sinkFailure != null)
            {
                // Stopped by the caller: the pipeline refused the operation's last writes, but a notice the
                // operation ended with (runs still going) must still reach the caller, who can show it elsewhere.
                if (cancellationToken.IsCancellationRequested && task.IsCanceled) ThrowNotice(task);
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(sinkFailure).Throw();
            }
            task.GetAwaiter().GetResult();
        }

        /// <summary>Rethrows the cancellation the operation ended with if it carries a notice; otherwise does nothing.</summary>
        private static void ThrowNotice(Task canceled)
        {
            try
            {
                canceled.GetAwaiter().GetResult();
            }
            catch (CancelledWithNoticeException)
            {
                throw;
            }
            catch (OperationCanceledException)
            {
                // A plain cancellation: the sink's failure says it all.
            }
        }

        /// <summary>Turns each sink call into a queued action; ShouldProcess waits for its answer.</summary>
        private sealed class QueueingSink : IOutputSink
        {
            private readonly BlockingCollection<Action> _queue;
            private readonly IOutputSink _target;
            private volatile bool _abandoned;

            public QueueingSink(BlockingCollection<Action> queue, IOutputSink target)
            {
                _queue = queue;
                _target = target;
            }

            public void Abandon() => _abandoned = true;

            public void WriteObject(object value) => Post(s => s.WriteObject(value));
            public void WriteError(OperationError error) => Post(s => s.WriteError(error));
            public void WriteWarning(string message) => Post(s => s.WriteWarning(message));
            public void WriteVerbose(string message) => Post(s => s.WriteVerbose(message));
            public void WriteDebug(string message) => Post(s => s.WriteDebug(message));
            public void WriteProgress(ProgressInfo progress) => Post(s => s.WriteProgress(progress));

            public bool ShouldProcess(string target, string action) => Ask(s => s.ShouldProcess(target, action));

            public bool ShouldContinue(string query, string caption) => Ask(s => s.ShouldContinue(query, caption));

            /// <summary>Blocks the worker until the pipeline thread has the user's answer; "no" once abandoned.</summary>
            private bool Ask(Func<IOutputSink, bool> question)
            {
                if (_abandoned) return false;
                var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                if (!TryAdd(() =>
                    {
                        if (_abandoned) { answer.TrySetResult(false); return; }
                        try { answer.TrySetResult(question(_target)); }
                        catch (Exception ex) { answer.TrySetException(ex); throw; }
                    }))
                {
                    return false;
                }
                return answer.Task.GetAwaiter().GetResult();
            }

            private void Post(Action<IOutputSink> write)
            {
                if (_abandoned) return;
                TryAdd(() => { if (!_abandoned) write(_target); });
            }

            private bool TryAdd(Action action)
            {
                try
                {
                    return _queue.TryAdd(action);
                }
                catch (InvalidOperationException)
                {
                    // The operation already ended: nothing left to deliver to.
                    return false;
                }
            }
        }
    }
}
