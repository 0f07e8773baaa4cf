using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace AppSnapshot.Output
{
    /// <summary>
    /// Carries every sink call of work running on the thread pool to the thread that created the
    /// dispatcher (the pipeline thread, for a cmdlet), the only thread PowerShell lets write.
    /// <see cref="Run"/> runs one operation to its end. A cmdlet that works while records still arrive
    /// keeps one dispatcher across ProcessRecord calls: work started from a record writes through
    /// <see cref="Sink"/>, each record <see cref="Pump"/>s what is queued, and EndProcessing
    /// <see cref="Wait"/>s for the end. A call made on the pipeline thread itself is executed at once,
    /// after what was queued before it, so the order of writes is kept and a question asked there
    /// cannot wait for itself.
    /// When the pipeline sink throws (for example PipelineStoppedException after Ctrl+C), the work is
    /// cancelled, later writes are dropped, later questions are answered "no", and the exception is
    /// rethrown: at once by <see cref="Pump"/>, once the work has ended by <see cref="Wait"/>.
    /// </summary>
    public sealed class PipelineDispatcher : IDisposable
    {
        private readonly BlockingCollection<Action> _queue = new BlockingCollection<Action>();
        private readonly CancellationTokenSource _linked;
        private readonly CancellationToken _callerToken;
        private readonly QueueingSink _sink;
        private Exception? _sinkFailure;

        public PipelineDispatcher(IOutputSink pipelineSink, CancellationToken cancellationToken)
        {
            if (pipelineSink is null) throw new ArgumentNullException(nameof(pipelineSink));
            _callerToken = cancellationToken;
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _sink = new QueueingSink(this, pipelineSink, Thread.CurrentThread.ManagedThreadId);
        }

        /// <summary>The sink to give the work: usable from any thread.</summary>
        public IOutputSink Sink => _sink;

        /// <summary>Cancelled when the caller's token is, or when the pipeline refused a write.</summary>
        public CancellationToken Token => _linked.Token;

        /// <summary>Runs <paramref name="operation"/> on the thread pool and delivers its calls here until it ends.</summary>
        public static void Run(IOutputSink pipelineSink, Func<IOutputSink, CancellationToken, Task> operation,
            CancellationToken cancellationToken)
        {
            if (pipelineSink is null) throw new ArgumentNullException(nameof(pipelineSink));
            if (operation is null) throw new ArgumentNullException(nameof(operation));
            using (var dispatcher = new PipelineDispatcher(pipelineSink, cancellationToken))
            {
                dispatcher.Wait(Task.Run(() => operation(dispatcher.Sink, dispatcher.Token), CancellationToken.None));
            }
        }

        /// <summary>Delivers what is queued now, without waiting for more. Pipeline thread only.</summary>
        public void Pump()
        {
            _sink.RequirePipelineThread();
            while (_queue.TryTake(out var action)) Deliver(action);
            if (_sinkFailure != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_sinkFailure).Throw();
        }

        /// <summary>
        /// Delivers every call until <paramref name="work"/> has ended, then rethrows the pipeline's refusal
        /// or the work's own failure. Pipeline thread only.
        /// </summary>
        public void Wait(Task work)
        {
            if (work is null) throw new ArgumentNullException(nameof(work));
            _sink.RequirePipelineThread();
            var ended = false;
            // Queued behind every call the work made before it ended, so the loop below delivers them all.
            work.ContinueWith(_ => TryQueue(() => ended = true), TaskScheduler.Default);
            while (!ended) Deliver(_queue.Take());

            if (_sinkFailure != null)
            {
                // Stopped by the caller: the pipeline refused the operation's last writes, but a notice the
                // operation ended with (runs still going) must still reach the caller, who can show it elsewhere.
                if (_callerToken.IsCancellationRequested && work.IsCanceled) ThrowNotice(work);
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_sinkFailure).Throw();
            }
            work.GetAwaiter().GetResult();
        }

        /// <summary>Drops what is still queued (a question still waiting is answered "no") and refuses later calls.</summary>
        public void Dispose()
        {
            _sink.Abandon();
            _queue.CompleteAdding();
            while (_queue.TryTake(out var action)) Deliver(action);
            _linked.Dispose();
        }

        private bool TryQueue(Action action)
        {
            try
            {
                return _queue.TryAdd(action);
            }
            catch (InvalidOperationException)
            {
                // The dispatcher already ended: nothing left to deliver to.
                return false;
            }
        }

        private void Deliver(Action action)
        {
            // Every action checks the abandoned flag itself, so after a failure each queued
            // write is dropped and each pending question is answered "no".
            try
            {
                action();
            }
            catch (Exception ex)
            {
                Fail(ex);
            }
        }

        private void Fail(Exception ex)
        {
            if (_sinkFailure != null) return;
            _sinkFailure = ex;
            _sink.Abandon();
            try { _linked.Cancel(); } catch (ObjectDisposedException) { }
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

        /// <summary>Turns each sink call into a queued action (or runs it at once on the pipeline thread); questions wait for their answer.</summary>
        private sealed class QueueingSink : IOutputSink
        {
            private readonly PipelineDispatcher _owner;
            private readonly IOutputSink _target;
            private readonly int _pipelineThread;
            private volatile bool _abandoned;

            public QueueingSink(PipelineDispatcher owner, IOutputSink target, int pipelineThread)
            {
                _owner = owner;
                _target = target;
                _pipelineThread = pipelineThread;
            }

            public void Abandon() => _abandoned = true;

            public void RequirePipelineThread()
            {
                if (!OnPipelineThread) throw new InvalidOperationException("The dispatcher delivers only on the thread that created it.");
            }

            private bool OnPipelineThread => Thread.CurrentThread.ManagedThreadId == _pipelineThread;

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
                if (OnPipelineThread) return Direct(question);
                var answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                if (!_owner.TryQueue(() =>
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
                if (OnPipelineThread) { Direct(s => { write(s); return true; }); return; }
                _owner.TryQueue(() => { if (!_abandoned) write(_target); });
            }

            /// <summary>On the pipeline thread: what was queued first, then this call, with a refusal handled like a queued one's.</summary>
            private bool Direct(Func<IOutputSink, bool> call)
            {
                _owner.Pump();
                if (_abandoned) return false;
                try
                {
                    return call(_target);
                }
                catch (Exception ex)
                {
                    _owner.Fail(ex);
                    throw;
                }
            }
        }
    }
}
